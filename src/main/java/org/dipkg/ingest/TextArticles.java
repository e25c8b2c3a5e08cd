package org.dipkg.ingest;

import java.time.LocalDate;
import java.util.Optional;

import org.dipkg.model.Article;

/**
 * Reads a plain-text article: the first line is the title, then a blank line and the
 * paragraphs. The article's id is the file name without its extension.
 */
public final class TextArticles {
    private TextArticles() {
    }

    public static Article parse(String id, String text, Optional<LocalDate> published, Optional<String> source,
                                String origin) throws InputException {
        if (text.isBlank()) {
            throw new InputException(origin + ": empty article (no text)");
        }
        String stripped = text.strip();
        int nl = stripped.indexOf('\n');
        String title = (nl < 0 ? stripped : stripped.substring(0, nl)).strip();
        if (title.length() > 500) {
            title = "";
        }
        return new Article(id, title, stripped, published, source, origin);
    }
}
