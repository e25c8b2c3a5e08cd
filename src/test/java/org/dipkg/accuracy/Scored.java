package org.dipkg.accuracy;

import java.util.Map;

/** What scoring one category of one article gives: its tally and side figures ("quotes found"). */
record Scored(Tally tally, Map<String, Ratio> figures) {
    Scored {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    static Scored of(Tally tally) {
        return new Scored(tally, Map.of());
    }
}
