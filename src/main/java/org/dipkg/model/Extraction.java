package org.dipkg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything found in one article. Actors are those mentioned; facts refer to them.
 */
public record Extraction(Article article, Optional<LocalDate> published, DateSource dateSource,
                         List<Sentence> sentences, List<Actor> actors, List<Mention> mentions, List<Role> roles,
                         List<Meeting> meetings, List<Statement> statements, List<Demand> demands,
                         List<Position> positions) {
    public Extraction {
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
        demands = List.copyOf(demands);
        positions = List.copyOf(positions);
    }
}
