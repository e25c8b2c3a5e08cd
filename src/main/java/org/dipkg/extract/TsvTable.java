package org.dipkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated word list with a header row, read from the classpath. Lines starting
 * with '#' and blank lines are skipped. A malformed row is reported as
 * {@code file:line: what is wrong}.
 *
 * <pre>
 *   for (TsvTable.Row r : TsvTable.read("lexicon/countries.tsv", "name", "wikidata")) { r.get("name"); }
 * </pre>
 */
public final class TsvTable {
    static final String ROOT = "org/dipkg/";

    private TsvTable() {
    }

    /** One data row; cells by column name. */
    public record Row(String file, int line, Map<String, String> cells) {
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }

        /** The cell split on '|', empty parts dropped. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public LexiconException error(String what) {
            return new LexiconException(file + ":" + line + ": " + what);
        }
    }

    public static List<Row> read(String name, String... required) {
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new LexiconException(name + ": word list not found on the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(name, r, required);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    static List<Row> parse(String name, BufferedReader r, String... required) throws IOException {
        String[] header = null;
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                for (String col : required) {
                    if (!Arrays.asList(header).contains(col)) {
                        throw new LexiconException(name + ":" + lineNo + ": header lacks column '" + col + "'");
                    }
                }
                continue;
            }
            if (cells.length > header.length) {
                throw new LexiconException(name + ":" + lineNo + ": " + cells.length + " cells, header has "
                        + header.length);
            }
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                m.put(header[i], cells[i].strip());
            }
            Row row = new Row(name, lineNo, m);
            for (String col : required) {
                if (row.get(col).isEmpty()) {
                    throw row.error("empty '" + col + "'");
                }
            }
            rows.add(row);
        }
        if (header == null) {
            throw new LexiconException(name + ": no header row");
        }
        return rows;
    }
}
