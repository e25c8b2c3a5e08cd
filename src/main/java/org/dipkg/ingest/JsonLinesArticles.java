package org.dipkg.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import org.dipkg.model.Article;

/**
 * Reads one line of a JSON Lines corpus: an object with {@code id}, {@code text} (both
 * required), and {@code title}, {@code url}, {@code published} (YYYY-MM-DD).
 */
public final class JsonLinesArticles {
    private JsonLinesArticles() {
    }

    public static Article parse(String line, Optional<LocalDate> publishedOverride, String origin)
            throws InputException {
        JsonObject o;
        try {
            JsonValue v = JSON.parseAny(line);
            if (!v.isObject()) {
                throw new InputException(origin + ": not a JSON object");
            }
            o = v.getAsObject();
        } catch (JsonException | org.apache.jena.atlas.AtlasException e) {
            throw new InputException(origin + ": malformed JSON: " + firstLine(e.getMessage()));
        }
        String id = string(o, "id").orElseThrow(() -> new InputException(origin + ": missing \"id\""));
        String text = string(o, "text").orElseThrow(() -> new InputException(origin + ": missing \"text\""));
        if (text.isBlank()) {
            throw new InputException(origin + ": empty \"text\"");
        }
        String title = string(o, "title").orElse("").strip().replace('\n', ' ');
        Optional<LocalDate> published = publishedOverride;
        if (published.isEmpty() && string(o, "published").isPresent()) {
            published = Optional.of(Dates.parse(string(o, "published").get(), origin + ": \"published\""));
        }
        String body = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return new Article(id, title, Article.document(title, body), published, string(o, "url"), origin);
    }

    private static Optional<String> string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isString()) {
            return Optional.of(v.getAsString().value());
        }
        if (v.isNumber()) {
            return Optional.of(v.getAsNumber().value().toString());
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** Parses YYYY-MM-DD, naming the bad value and where it came from. */
    public static final class Dates {
        private Dates() {
        }

        public static LocalDate parse(String s, String where) throws InputException {
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new InputException(where + ": '" + s + "' is not a date (YYYY-MM-DD)");
            }
        }
    }
}
