package org.dipkg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.dipkg.model.Article;

/**
 * Reads a plain-text article: the first line is the title, then a blank line and the
 * paragraphs. The article's id is the file name without its extension. Empty text and
 * HTML pages are refused; dates in the text that do not exist are reported as warnings.
 */
public final class TextArticles {
    /** A first line longer than this is a paragraph, not a title. */
    static final int MAX_TITLE = 500;

    private TextArticles() {
    }

    public static Item parse(String id, String text, Optional<LocalDate> published, Optional<String> source,
                             String origin) throws InputException {
        if (text.isBlank()) {
            throw new InputException(origin + ": empty article (" + (text.isEmpty() ? "no text" : "only white space")
                    + ")");
        }
        int lead = text.length() - text.stripLeading().length();
        IntFunction<String> where = offset -> origin + ":" + position(text, lead + offset);
        String stripped = text.strip();
        refuseMarkup(stripped, where);
        int nl = stripped.indexOf('\n');
        String title = (nl < 0 ? stripped : stripped.substring(0, nl)).strip();
        if (title.length() > MAX_TITLE) {
            title = "";
        }
        Article a = new Article(id, title, stripped, published, source, origin);
        return Item.of(a, warnings(stripped, where));
    }

    static void refuseMarkup(String text, IntFunction<String> where) throws InputException {
        Optional<Markup.Found> html = Markup.find(text);
        if (html.isPresent()) {
            throw new InputException(where.apply(html.get().offset()) + ": " + html.get().what()
                    + "; give the article's text: a title line, a blank line, then the paragraphs");
        }
    }

    /** One line per date in the text that does not exist, naming where it is. */
    static List<String> warnings(String text, IntFunction<String> where) {
        List<String> out = new ArrayList<>();
        for (CalendarCheck.Bad b : CalendarCheck.find(text)) {
            out.add(where.apply(b.offset()) + ": '" + b.text() + "' is not a date (" + b.why()
                    + "); it is not used");
        }
        return out;
    }

    /** "LINE:COLUMN" of a character offset, both 1-based. */
    static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}
