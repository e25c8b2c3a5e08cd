package org.dipkg.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a folder's {@code SOURCES.tsv} says about its text articles: the title, publication
 * date and web address of each, by file name. Tab-separated with a header row; the columns
 * {@code file} (required), {@code title}, {@code url} and {@code publication_date}
 * (YYYY-MM-DD) are read, others (outlet, licence notes) are for people. A bad row is a
 * warning, {@code file:line: what is wrong}; what the row says that is good is kept, and its
 * article is converted either way.
 *
 * <pre>
 *   SourceManifest m = SourceManifest.read(Path.of("corpus/SOURCES.tsv"), Path.of("corpus/articles"));
 *   m.warnings().forEach(System.err::println);
 *   m.entry("001-talks.txt").flatMap(SourceManifest.Entry::published);
 * </pre>
 */
public final class SourceManifest {
    /** The manifest's file name. */
    public static final String FILE_NAME = "SOURCES.tsv";
    /** A folder of this name may have its manifest in the folder above it. */
    static final String ARTICLES_FOLDER = "articles";
    static final SourceManifest NONE = new SourceManifest(Map.of(), List.of());

    private static final String FILE = "file";
    private static final String TITLE = "title";
    private static final String URL = "url";
    private static final String DATE = "publication_date";

    /** What the manifest says about one article; each part when given and good. */
    public record Entry(Optional<String> title, Optional<LocalDate> published, Optional<String> url) {
    }

    private final Map<String, Entry> entries;
    private final List<String> warnings;

    private SourceManifest(Map<String, Entry> entries, List<String> warnings) {
        this.entries = Map.copyOf(entries);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * The manifest of the text articles in a folder: its own SOURCES.tsv or, for a folder
     * named {@code articles}, the SOURCES.tsv of the folder above it.
     */
    static Optional<Path> find(Path folder) {
        Path own = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(own)) {
            return Optional.of(own);
        }
        Path absolute = folder.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        if (name != null && name.toString().equals(ARTICLES_FOLDER) && absolute.getParent() != null) {
            Path above = folder.resolve("..").normalize().resolve(FILE_NAME);
            return Files.isRegularFile(above) ? Optional.of(above) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Reads a manifest whose {@code file} column names text files in {@code folder}. */
    public static SourceManifest read(Path manifest, Path folder) {
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(manifest), manifest.toString());
        } catch (InputException e) {
            return new SourceManifest(Map.of(), List.of(e.getMessage() + "; the manifest is not used"));
        } catch (IOException e) {
            return new SourceManifest(Map.of(), List.of(manifest + ": cannot read: " + Problems.reason(e)
                    + "; the manifest is not used"));
        }
        return new Reader(manifest.toString(), folder).read(text.split("\n", -1));
    }

    /** What the manifest says about the text file of this name, if it lists it. */
    public Optional<Entry> entry(String fileName) {
        return Optional.ofNullable(entries.get(fileName));
    }

    /** The bad rows, each {@code file:line: what is wrong; what is done}. */
    public List<String> warnings() {
        return warnings;
    }

    /** Reads a cell's value, or says what is wrong with it. */
    private interface Parser<T> {
        T parse(String value, String where) throws InputException;
    }

    private static final class Reader {
        private final String origin;
        private final Path folder;
        private final Map<String, Entry> entries = new LinkedHashMap<>();
        private final Map<String, Integer> rowOf = new HashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private List<String> header;

        Reader(String origin, Path folder) {
            this.origin = origin;
            this.folder = folder;
        }

        SourceManifest read(String[] lines) {
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = origin + ":" + (i + 1);
                List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
                if (header == null) {
                    header = cells;
                    if (!header.contains(FILE)) {
                        return new SourceManifest(Map.of(), List.of(where + ": the header has no '" + FILE
                                + "' column (it has " + String.join(", ", header) + "); the manifest is not used"));
                    }
                } else {
                    row(cells, where, i + 1);
                }
            }
            return new SourceManifest(entries, warnings);
        }

        private void row(List<String> cells, String where, int line) {
            if (cells.size() != header.size()) {
                String what = cells.size() < header.size()
                        ? "no cell for " + String.join(", ", header.subList(cells.size(), header.size()))
                        : cells.size() + " cells where the header has " + header.size();
                warnings.add(where + ": " + what + "; the row is not used");
                return;
            }
            String file = cell(cells, FILE).orElse("");
            Optional<String> unknown = unknownFile(file);
            if (unknown.isPresent()) {
                warnings.add(where + ": " + unknown.get() + "; the row is not used");
                return;
            }
            Integer first = rowOf.putIfAbsent(file, line);
            if (first != null) {
                warnings.add(where + ": '" + file + "' is already listed at line " + first + "; the row is not used");
                return;
            }
            entries.put(file, new Entry(cell(cells, TITLE),
                    parsed(cell(cells, DATE), where + ": " + DATE, Dates::parse,
                            "the date is taken from the file name or the text"),
                    parsed(cell(cells, URL), where + ": " + URL, Reader::absoluteUrl, "it is not used")));
        }

        private Optional<String> unknownFile(String file) {
            if (file.isEmpty()) {
                return Optional.of("no file named");
            }
            if (file.contains("/") || file.contains("\\") || !Files.isRegularFile(folder.resolve(file))) {
                return Optional.of("'" + file + "' is not a file in " + folder);
            }
            if (!file.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                return Optional.of("'" + file + "' is not a text article (.txt)");
            }
            return Optional.empty();
        }

        /** A cell's value parsed, when the cell has one; a value that does not parse is a warning. */
        private <T> Optional<T> parsed(Optional<String> value, String where, Parser<T> parser, String otherwise) {
            try {
                return value.isEmpty() ? Optional.empty() : Optional.of(parser.parse(value.get(), where));
            } catch (InputException e) {
                warnings.add(e.getMessage() + "; " + otherwise);
                return Optional.empty();
            }
        }

        private static String absoluteUrl(String value, String where) throws InputException {
            try {
                if (new URI(value).isAbsolute()) {
                    return value;
                }
            } catch (URISyntaxException e) {
                // refused below
            }
            throw new InputException(where + ": '" + value + "' is not an absolute URL");
        }

        private Optional<String> cell(List<String> cells, String column) {
            int i = header.indexOf(column);
            return i < 0 || cells.get(i).isEmpty() ? Optional.empty() : Optional.of(cells.get(i));
        }
    }
}
