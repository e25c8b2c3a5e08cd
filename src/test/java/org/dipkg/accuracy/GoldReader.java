package org.dipkg.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads the facts of a gold file. A key the scorer needs that is missing is an error
 * naming the key; flags are true as Python takes them (a non-empty string is true).
 */
final class GoldReader {
    private GoldReader() {
    }

    static Gold read(JsonObject o) {
        return new Gold(text(o, "article"), published(o),
                list(o, "actors", a -> new Gold.Actor(text(a, "name"), strings(a, "aliases"), optText(a, "kind"),
                        optText(a, "wikidata"), flag(a, "optional"))),
                list(o, "roles", r -> new Gold.Role(text(r, "person"), text(r, "title"), optText(r, "title_min"),
                        optText(r, "affiliation"), flag(r, "optional_affiliation"), flag(r, "optional"))),
                list(o, "meetings", m -> new Gold.Meeting(optText(m, "id"), strings(m, "participants", true),
                        dates(m), optText(m, "place"), flag(m, "planned"), flag(m, "optional"))),
                list(o, "statements", s -> new Gold.Statement(text(s, "speaker"), text(s, "quote"), dates(s),
                        flag(s, "optional"))),
                list(o, "demands", d -> new Gold.Keywords(text(d, "demander"), strings(d, "keywords", true),
                        flag(d, "optional"))),
                list(o, "positions", p -> new Gold.Keywords(text(p, "holder"), strings(p, "keywords_any", true),
                        flag(p, "optional"))));
    }

    /** {@code input.published}, when the file gives one. */
    static Optional<String> published(JsonObject o) {
        JsonValue input = o.get("input");
        if (input == null || !input.isObject()) {
            return Optional.empty();
        }
        JsonValue p = input.getAsObject().get("published");
        return truthy(p) ? Optional.of(string(p)) : Optional.empty();
    }

    /** How many facts of a category the file requires (items not optional), for an article that failed. */
    static int required(JsonObject o, Category c) {
        JsonValue v = o.get(c.label());
        if (v == null || !v.isArray()) {
            return 0;
        }
        return (int) v.getAsArray().stream().filter(x -> !x.isObject() || !truthy(x.getAsObject().get("optional")))
                .count();
    }

    /** Python's truth of a JSON value: null, false, 0, "", [] and {} are false. */
    static boolean truthy(JsonValue v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.getAsBoolean().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().doubleValue() != 0;
        }
        if (v.isString()) {
            return !v.getAsString().value().isEmpty();
        }
        return v.isArray() ? !v.getAsArray().isEmpty() : !v.getAsObject().isEmpty();
    }

    private static <T> List<T> list(JsonObject o, String key, Function<JsonObject, T> item) {
        List<T> out = new ArrayList<>();
        for (JsonValue v : array(o, key, true)) {
            if (!v.isObject()) {
                throw new IllegalArgumentException("\"" + key + "\": an item is not an object: " + v);
            }
            out.add(item.apply(v.getAsObject()));
        }
        return out;
    }

    private static JsonArray array(JsonObject o, String key, boolean required) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("missing \"" + key + "\"");
            }
            return new JsonArray();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" is not a list: " + v);
        }
        return v.getAsArray();
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing \"" + key + "\" in " + o.toString().strip());
        }
        return string(v);
    }

    /** A text the file may leave out, or give empty: both are "". */
    private static String optText(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return truthy(v) ? string(v) : "";
    }

    private static boolean flag(JsonObject o, String key) {
        return truthy(o.get(key));
    }

    private static List<String> strings(JsonObject o, String key) {
        return strings(o, key, false);
    }

    private static List<String> strings(JsonObject o, String key, boolean required) {
        return array(o, key, required).stream().map(GoldReader::string).toList();
    }

    /** A date, or a list of acceptable dates. */
    private static List<String> dates(JsonObject o) {
        JsonValue v = o.get("date");
        if (!truthy(v)) {
            return List.of();
        }
        return v.isArray() ? v.getAsArray().stream().map(GoldReader::string).toList() : List.of(string(v));
    }

    private static String string(JsonValue v) {
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        return v.toString().strip();
    }
}
