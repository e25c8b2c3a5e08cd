package org.dipkg.accuracy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One result row of a contract query as the SPARQL CSV results format gives it: every
 * value a string, an unbound variable the empty string.
 */
record Row(Map<String, String> values) {
    Row {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A row from variable, value pairs: {@code Row.of("actor", "a1", "name", "Wendy Sherman")}. */
    static Row of(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("variable, value pairs expected");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return new Row(m);
    }

    /** The value of a variable; empty when unbound or not a column. */
    String get(String variable) {
        String v = values.get(variable);
        return v == null ? "" : v;
    }

    /** What makes two rows the same when they have no value for the dedupe variable. */
    String wholeRowKey() {
        return "\u0000" + new TreeMap<>(values);
    }
}
