package org.dipkg.serve;

/**
 * How deeply a SPARQL query's brackets ({@code { ( [}) nest, counted over the text
 * outside strings, IRIs and comments. A parser and the algebra built from a query recurse
 * once or more per level, so a query nested thousands deep exhausts the stack; it is
 * refused by its depth before it is parsed.
 *
 * <pre>
 *   QueryNesting.depth("SELECT * { OPTIONAL { ?s ?p ?o } }");   // 2
 * </pre>
 */
final class QueryNesting {
    /** Deeper than any query a person writes; shallow enough for every stage of ARQ. */
    static final int MAX_DEPTH = 100;

    private QueryNesting() {
    }

    static int depth(String query) {
        int depth = 0;
        int max = 0;
        int n = query.length();
        int i = 0;
        while (i < n) {
            char c = query.charAt(i);
            switch (c) {
                case '{', '(', '[' -> {
                    depth++;
                    max = Math.max(max, depth);
                    i++;
                }
                case '}', ')', ']' -> {
                    depth = Math.max(0, depth - 1);
                    i++;
                }
                case '#' -> {
                    while (i < n && query.charAt(i) != '\n' && query.charAt(i) != '\r') {
                        i++;
                    }
                }
                case '"', '\'' -> i = skipString(query, i, c);
                case '<' -> i = skipIri(query, i);
                default -> i++;
            }
        }
        return max;
    }

    private static int skipString(String q, int at, char quote) {
        int n = q.length();
        boolean longString = at + 2 < n && q.charAt(at + 1) == quote && q.charAt(at + 2) == quote;
        int i = at + (longString ? 3 : 1);
        while (i < n) {
            char c = q.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote && (!longString || (i + 2 < n && q.charAt(i + 1) == quote
                    && q.charAt(i + 2) == quote))) {
                return i + (longString ? 3 : 1);
            } else if (!longString && (c == '\n' || c == '\r')) {
                return i;
            } else {
                i++;
            }
        }
        return n;
    }

    /** Past an IRI {@code <...>}; a {@code <} that does not open one (less than) is passed alone. */
    private static int skipIri(String q, int at) {
        for (int i = at + 1; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
                return at + 1;
            }
        }
        return at + 1;
    }
}
