package org.dipkg.accuracy;

import java.util.Locale;

/** The six kinds of fact scored, in the scorer's order; each has its contract query. */
enum Category {
    ACTORS, ROLES, MEETINGS, STATEMENTS, DEMANDS, POSITIONS;

    /** The name in gold files, tables and JSON: "actors". */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The contract query file: "actors.rq". */
    String queryFile() {
        return label() + ".rq";
    }
}
