package org.dipkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.dipkg.model.Article;

/**
 * The articles of the files and folders a user names, read one at a time so that a
 * corpus never has to fit in memory: {@code .txt} files are one article each,
 * {@code .jsonl} files one per line, folders are searched for both. A file or line that
 * cannot be read is an {@link Item} carrying the reason, and reading goes on. A text file
 * that its folder's {@link SourceManifest} lists takes its title, publication date and URL
 * from there, unless the builder gives a date or URL for all. Two articles
 * whose ids have the same key (by default the id itself; give the converter's graph name
 * so that ids that would share a graph count as the same) are a duplicate: the first is kept.
 *
 * <pre>
 *   for (Item item : ArticleInputs.create().paths(files).published(date).idKey(Iris::slug).build()) { ... }
 * </pre>
 */
public final class ArticleInputs implements Iterable<Item> {
    /**
     * Articles longer than this (2 MiB, a few hundred pages) are refused: analysis runs at
     * some 20 KB a second on one core, so a larger text is not one article but a corpus.
     */
    public static final long MAX_ARTICLE_BYTES = 2L * 1024 * 1024;

    private final List<Path> paths;
    private final Optional<LocalDate> published;
    private final Optional<String> source;
    private final UnaryOperator<String> idKey;

    private ArticleInputs(Builder b) {
        this.paths = List.copyOf(b.paths);
        this.published = b.published;
        this.source = b.source;
        this.idKey = b.idKey;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builds {@link ArticleInputs}. */
    public static final class Builder {
        private List<Path> paths = List.of();
        private Optional<LocalDate> published = Optional.empty();
        private Optional<String> source = Optional.empty();
        private UnaryOperator<String> idKey = UnaryOperator.identity();

        public Builder paths(List<Path> p) {
            this.paths = p;
            return this;
        }

        public Builder published(Optional<LocalDate> d) {
            this.published = d;
            return this;
        }

        public Builder source(Optional<String> s) {
            this.source = s;
            return this;
        }

        /** What makes two ids the same article: by default equal ids. */
        public Builder idKey(UnaryOperator<String> key) {
            this.idKey = key;
            return this;
        }

        public ArticleInputs build() {
            return new ArticleInputs(this);
        }
    }

    /** The files these paths name, folders expanded (sorted), in the order given. */
    public List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            try {
                out.addAll(Files.isDirectory(p) ? inFolder(p) : List.of(p));
            } catch (IOException | UncheckedIOException e) {
                // reported when the articles are read
            }
        }
        return out;
    }

    private static List<Path> inFolder(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(ArticleInputs::isArticleFile).sorted().toList();
        }
    }

    private static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".jsonl");
    }

    public static boolean isJsonLines(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    /** The article id of a text file: its name without extension. */
    public static String idOf(Path p) {
        return idOf(p.getFileName().toString());
    }

    private static String idOf(String n) {
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static final java.util.regex.Pattern DATE_IN_NAME = java.util.regex.Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})\\b");

    /** A file named like "2022-01-10-some-title.txt" was published on that day. */
    private static Optional<LocalDate> nameDate(String name, String origin) throws InputException {
        java.util.regex.Matcher m = DATE_IN_NAME.matcher(name);
        return m.find() ? Optional.of(Dates.parse(m.group(1), origin + ": the date in the file name")) : Optional.empty();
    }

    /**
     * A text article whose bytes were read elsewhere (from a distributed file system), taken
     * as a text file of that name is: its id the name without extension, its date the one
     * given, else the one in its name, else inferred from the text. No manifest is read.
     */
    public static Item textArticle(String name, byte[] bytes, Optional<LocalDate> published, Optional<String> source,
                                   String origin) {
        if (bytes.length > MAX_ARTICLE_BYTES) {
            return Item.failed(origin, tooLarge(origin, bytes.length));
        }
        return text(name, bytes, published, source, origin, new ArrayList<>());
    }

    private static String tooLarge(String origin, long size) {
        return origin + ": " + Problems.megabytes(size) + " is more than an article may have ("
                + (MAX_ARTICLE_BYTES >> 20) + " MiB); split it into articles, e.g. a .jsonl corpus with one article "
                + "per line";
    }

    private static Item text(String name, byte[] bytes, Optional<LocalDate> published, Optional<String> source,
                             String origin, List<String> warnings) {
        try {
            String text = TextDecoder.decode(bytes, origin);
            Optional<LocalDate> date = published;
            if (date.isEmpty()) {
                try {
                    date = nameDate(name, origin);
                } catch (InputException e) {
                    warnings.add(e.getMessage() + "; the publication date is taken from the text");
                }
            }
            Item item = TextArticles.parse(idOf(name), text, date, source, origin);
            warnings.addAll(item.warnings());
            return Item.of(item.article().orElseThrow(), warnings);
        } catch (InputException e) {
            return Item.failed(origin, e.getMessage(), warnings);
        }
    }

    @Override
    public Iterator<Item> iterator() {
        return new Items();
    }

    /** Why an article is not converted: one read before it has the same id, or one taken to be the same. */
    public static String duplicate(String origin, String id, String firstId, String firstOrigin) {
        String same = firstId.equals(id) ? "duplicate article id '" + id + "'"
                : "article id '" + id + "' is taken to be the same as '" + firstId + "'";
        return origin + ": " + same + ", first read at " + firstOrigin + "; the first one is kept";
    }

    /** An article id already read, and where. */
    private record Seen(String id, String origin) {
    }

    private final class Items implements Iterator<Item> {
        private final Iterator<Path> given = paths.iterator();
        private final Map<String, Seen> seen = new HashMap<>();
        private final Manifests manifests = new Manifests();
        private Iterator<Path> files = List.<Path>of().iterator();
        private CorpusLines lines;
        private Path linesFile;
        private Item next;

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Item i = next;
            next = null;
            return i;
        }

        private Item advance() {
            while (true) {
                if (lines != null) {
                    Item fromLine = nextLine();
                    if (fromLine != null) {
                        return fromLine;
                    }
                }
                if (!files.hasNext()) {
                    if (!given.hasNext()) {
                        return null;
                    }
                    Path p = given.next();
                    if (Files.isDirectory(p)) {
                        List<Path> found;
                        try {
                            found = inFolder(p);
                        } catch (IOException | UncheckedIOException e) {
                            return Item.failed(p.toString(), p + ": cannot read the folder: " + Problems.reason(
                                    e instanceof UncheckedIOException u ? u.getCause() : e));
                        }
                        if (found.isEmpty()) {
                            return Item.failed(p.toString(), p + ": no articles here (no .txt or .jsonl files)");
                        }
                        files = found.iterator();
                    } else {
                        files = List.of(p).iterator();
                    }
                    continue;
                }
                Path f = files.next();
                if (isJsonLines(f) && Files.isRegularFile(f)) {
                    try {
                        lines = CorpusLines.open(f, MAX_ARTICLE_BYTES);
                        linesFile = f;
                    } catch (IOException e) {
                        return Item.failed(f.toString(), f + ": cannot read: " + Problems.reason(e));
                    }
                } else {
                    return unique(textFile(f));
                }
            }
        }

        private Item nextLine() {
            CorpusLines.Line line;
            try {
                do {
                    line = lines.next();
                } while (line != null && line.text() != null && line.text().isBlank());
            } catch (IOException e) {
                closeLines();
                return Item.failed(linesFile.toString(), linesFile + ": cannot read: " + Problems.reason(e));
            }
            if (line == null) {
                closeLines();
                return null;
            }
            String origin = linesFile + ":" + line.number();
            if (line.problem() != null) {
                return Item.failed(origin, origin + ": " + line.problem());
            }
            try {
                return unique(JsonLinesArticles.parse(line.text(), published, origin));
            } catch (InputException e) {
                return Item.failed(origin, e.getMessage());
            }
        }

        private void closeLines() {
            try {
                lines.close();
            } catch (IOException ignored) {
                // nothing more is read from it
            }
            lines = null;
        }

        private Item textFile(Path f) {
            String origin = f.toString();
            List<String> warnings = new ArrayList<>();
            Optional<SourceManifest.Entry> listed = manifests.entry(f, warnings);
            try {
                if (!Files.exists(f)) {
                    return Item.failed(origin, origin + ": no such file", warnings);
                }
                if (!Files.isRegularFile(f)) {
                    return Item.failed(origin, origin + ": not a regular file", warnings);
                }
                long size = Files.size(f);
                if (size > MAX_ARTICLE_BYTES) {
                    return Item.failed(origin, tooLarge(origin, size), warnings);
                }
                Item item = text(f.getFileName().toString(), Files.readAllBytes(f),
                        published.or(() -> listed.flatMap(SourceManifest.Entry::published)),
                        source.or(() -> listed.flatMap(SourceManifest.Entry::url)), origin, warnings);
                if (item.article().isEmpty()) {
                    return item;
                }
                Article a = item.article().get();
                return Item.of(listed.flatMap(SourceManifest.Entry::title).map(a::withTitle).orElse(a), item.warnings());
            } catch (IOException e) {
                return Item.failed(origin, origin + ": cannot read: " + Problems.reason(e), warnings);
            }
        }

        private Item unique(Item i) {
            if (i.article().isEmpty()) {
                return i;
            }
            Article a = i.article().get();
            Seen first = seen.putIfAbsent(idKey.apply(a.id()), new Seen(a.id(), i.origin()));
            if (first == null) {
                return i;
            }
            return Item.failed(i.origin(), duplicate(i.origin(), a.id(), first.id(), first.origin()), i.warnings());
        }
    }
}
