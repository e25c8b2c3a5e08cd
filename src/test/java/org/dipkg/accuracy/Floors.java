package org.dipkg.accuracy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The lowest accepted scores, from a properties file: {@code macro} for the macro-F1 and
 * one key per category for its F1 ({@code meetings=0.40}). A key left out has no floor;
 * an unknown key or a value that is not a number between 0 and 1 is an error.
 *
 * <pre>
 *   List&lt;String&gt; problems = Floors.read(Path.of("data/practice/floor.properties")).violations(score);
 * </pre>
 */
record Floors(Map<String, Double> floors, String origin) {
    static final String MACRO = "macro";

    Floors {
        floors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(floors));
    }

    /** The floors of a file; none when there is no file. */
    static Floors read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Floors(Map.of(), file.toString());
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String key : keys()) {
            String v = p.getProperty(key);
            if (v != null) {
                out.put(key, value(file, key, v.strip()));
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (!out.containsKey(key)) {
                throw new IllegalArgumentException(file + ": unknown key '" + key + "'; use " + keys());
            }
        }
        return new Floors(out, file.toString());
    }

    /** One message per score below its floor; empty when all are met. */
    List<String> violations(CorpusScore score) {
        List<String> out = new ArrayList<>();
        floors.forEach((key, floor) -> {
            double value = key.equals(MACRO) ? score.macroF1() : score.total(category(key)).prf().f1();
            if (value < floor) {
                out.add((key.equals(MACRO) ? "macro-F1" : key + " F1") + " " + Text.fixed(value, 3)
                        + " is below its floor " + floor + " (" + origin + ")");
            }
        });
        return out;
    }

    private static List<String> keys() {
        List<String> k = new ArrayList<>(List.of(MACRO));
        for (Category c : Category.values()) {
            k.add(c.label());
        }
        return k;
    }

    private static Category category(String key) {
        return Category.valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }

    private static double value(Path file, String key, String v) {
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(file + ": " + key + "=" + v + " is not a number between 0 and 1");
    }
}
