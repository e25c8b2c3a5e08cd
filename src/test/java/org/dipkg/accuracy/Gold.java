package org.dipkg.accuracy;

import java.util.List;
import java.util.Optional;

/**
 * The gold facts of one article, as a {@code NAME.gold.json} file gives them (see
 * ANNOTATION.md of the evaluation). Text fields that a file leaves out are empty strings,
 * dates are the list of acceptable ISO prefixes (empty: no date given).
 *
 * @param article   the article's text file, relative to the gold file
 * @param published the publication date to convert the article with, when given
 */
record Gold(String article, Optional<String> published, List<Actor> actors, List<Role> roles,
            List<Meeting> meetings, List<Statement> statements, List<Keywords> demands, List<Keywords> positions) {
    Gold {
        actors = List.copyOf(actors);
        roles = List.copyOf(roles);
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
        demands = List.copyOf(demands);
        positions = List.copyOf(positions);
    }

    /** A person, country or organization, with the other names it goes by. */
    record Actor(String name, List<String> aliases, String kind, String wikidata, boolean optional) {
        Actor {
            aliases = List.copyOf(aliases);
        }
    }

    /** A post held: {@code titleMin} is a shorter title also accepted. */
    record Role(String person, String title, String titleMin, String affiliation, boolean optionalAffiliation,
                boolean optional) {
    }

    record Meeting(String id, List<String> participants, List<String> dates, String place, boolean planned,
                   boolean optional) {
        Meeting {
            participants = List.copyOf(participants);
            dates = List.copyOf(dates);
        }
    }

    record Statement(String speaker, String quote, List<String> dates, boolean optional) {
        Statement {
            dates = List.copyOf(dates);
        }
    }

    /** A demand (all keywords required) or a position (any keyword will do) and who holds it. */
    record Keywords(String who, List<String> keywords, boolean optional) {
        Keywords {
            keywords = List.copyOf(keywords);
        }
    }
}
