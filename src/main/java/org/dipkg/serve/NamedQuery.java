package org.dipkg.serve;

/**
 * A query shipped with the application: its file name without {@code .rq}, the
 * question it answers (its first {@code #} comment line) and its text.
 */
record NamedQuery(String name, String title, String text) {

    static NamedQuery parse(String name, String text) {
        String title = text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+", "").strip())
                .orElse(name);
        return new NamedQuery(name, title, text);
    }
}
