package org.dipkg.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as read: its id, the document text that all offsets index
 * (the title, a blank line, then the body), and what the user said about it.
 *
 * @param id        stable identifier, used in IRIs (file name stem or the corpus id)
 * @param title     the headline, also the first line of {@code text}
 * @param text      the whole document text analysed; evidence offsets index it
 * @param published the publication date when the user gave one
 * @param sourceUrl where the article came from, when known
 * @param origin    file (and line) the article was read from, for messages
 */
public record Article(String id, String title, String text, Optional<LocalDate> published,
                      Optional<String> sourceUrl, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(origin, "origin");
    }

    /** Builds the analysed document text from a title and a body. */
    public static String document(String title, String body) {
        return title.isEmpty() ? body : title + "\n\n" + body;
    }

    /** The same article under another headline; the document text stays as it is. */
    public Article withTitle(String headline) {
        return new Article(id, headline, text, published, sourceUrl, origin);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, title, text, Optional.ofNullable(date), sourceUrl, origin);
    }
}
