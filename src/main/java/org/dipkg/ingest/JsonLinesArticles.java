package org.dipkg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.dipkg.model.Article;

/**
 * Reads one line of a JSON Lines corpus: an object with {@code id}, {@code text} (both
 * required; the text a string), and {@code title}, {@code url}, {@code published}
 * (YYYY-MM-DD). A line that breaks the rules is refused with the reason and the column.
 */
public final class JsonLinesArticles {
    private JsonLinesArticles() {
    }

    /**
     * One line of a corpus read from its bytes elsewhere (a distributed file system's
     * split): decoded as {@link ArticleInputs} decodes the lines of a file, then parsed.
     * A blank line is no article: empty.
     *
     * @param first whether it is the file's first line, which may start with a byte order mark
     */
    public static Optional<Item> line(byte[] bytes, int length, boolean first, Optional<LocalDate> published,
                                      String origin) {
        if (length > ArticleInputs.MAX_ARTICLE_BYTES) {
            return Optional.of(Item.failed(origin, origin + ": "
                    + CorpusLines.tooLong(ArticleInputs.MAX_ARTICLE_BYTES, length)));
        }
        CorpusLines.Line l = CorpusLines.line(first ? 1 : 2, bytes, length);
        if (l.problem() != null) {
            return Optional.of(Item.failed(origin, origin + ": " + l.problem()));
        }
        if (l.text().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(l.text(), published, origin));
        } catch (InputException e) {
            return Optional.of(Item.failed(origin, e.getMessage()));
        }
    }

    public static Item parse(String line, Optional<LocalDate> publishedOverride, String origin)
            throws InputException {
        Map<String, Object> o;
        try {
            o = JsonLine.parse(line);
        } catch (JsonLine.Problem e) {
            throw new InputException(origin + ": malformed JSON at column " + e.column() + ": " + e.getMessage());
        }
        String id = JsonLine.text(o, "id").orElseThrow(() -> new InputException(origin + ": missing \"id\""))
                .strip();
        if (id.isEmpty()) {
            throw new InputException(origin + ": empty \"id\"");
        }
        if (!o.containsKey("text")) {
            throw new InputException(origin + ": missing \"text\"");
        }
        if (!(o.get("text") instanceof String text)) {
            throw new InputException(origin + ": \"text\" is not a string");
        }
        if (text.isBlank()) {
            throw new InputException(origin + ": empty \"text\"");
        }
        String title = TextDecoder.clean(JsonLine.text(o, "title").orElse("").strip().replaceAll("\\s+", " "));
        Optional<LocalDate> published = publishedOverride;
        Optional<String> date = JsonLine.text(o, "published");
        List<String> warnings = new ArrayList<>();
        if (published.isEmpty() && date.isPresent()) {
            try {
                published = Optional.of(Dates.parse(date.get(), origin + ": \"published\""));
            } catch (InputException e) {
                if (!Dates.hasIsoForm(date.get())) {
                    throw e;
                }
                warnings.add(e.getMessage() + "; the article is read without it");
            }
        }
        String body = TextDecoder.clean(text.replace("\r\n", "\n").replace('\r', '\n').strip());
        String document = Article.document(title, body);
        IntFunction<String> where = offset -> origin + " (offset " + offset + " of the article text)";
        TextArticles.refuseMarkup(document, where);
        Article a = new Article(id, title, document, published, JsonLine.text(o, "url"), origin);
        warnings.addAll(TextArticles.warnings(document, where));
        return Item.of(a, warnings);
    }
}
