package org.dipkg.model;

import java.util.List;
import java.util.Optional;

/**
 * A meeting, talks, summit, call or session: one per real event in an article.
 *
 * @param evidence every sentence that mentions it, first the one that introduced it
 */
public record Meeting(MeetingKind kind, List<Actor> participants, Optional<Place> place, Optional<String> venue,
                      Optional<PartialDate> date, boolean planned, List<Evidence> evidence) {
    public Meeting {
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
    }
}
