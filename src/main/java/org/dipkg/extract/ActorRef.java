package org.dipkg.extract;

import org.dipkg.model.Actor;
import org.dipkg.model.Mention;

/**
 * An actor named in a sentence, tokens [start, end), resolved to the real actor.
 * {@code affiliation} marks a country or organization named only as the owner of a
 * post ("Russian" in "Italian Deputy Foreign Minister Marco Bellini"): it is not a
 * participant in what the sentence tells.
 */
record ActorRef(int sentence, int start, int end, int begin, int endOffset, Actor actor, Mention.Form form,
                boolean quoted, boolean affiliation) {
    boolean isPerson() {
        return actor.kind().isPerson();
    }

    Mention toMention(String surface) {
        return new Mention(actor, sentence, begin, endOffset, surface, form);
    }
}
