package org.dipkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.dipkg.model.Article;

/**
 * The articles of the files and folders a user names, read one at a time so that a
 * corpus never has to fit in memory: {@code .txt} files are one article each,
 * {@code .jsonl} files one per line, folders are searched for both. A file or line that
 * cannot be read is an {@link Item} carrying the reason, and reading goes on.
 *
 * <pre>
 *   for (Item item : ArticleInputs.create().paths(files).published(date).build()) { ... }
 * </pre>
 */
public final class ArticleInputs implements Iterable<Item> {
    /** Articles longer than this are refused rather than analysed for minutes. */
    public static final long MAX_ARTICLE_BYTES = 64L * 1024 * 1024;

    private final List<Path> paths;
    private final Optional<LocalDate> published;
    private final Optional<String> source;

    private ArticleInputs(List<Path> paths, Optional<LocalDate> published, Optional<String> source) {
        this.paths = List.copyOf(paths);
        this.published = published;
        this.source = source;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builds {@link ArticleInputs}. */
    public static final class Builder {
        private List<Path> paths = List.of();
        private Optional<LocalDate> published = Optional.empty();
        private Optional<String> source = Optional.empty();

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

        public ArticleInputs build() {
            return new ArticleInputs(paths, published, source);
        }
    }

    /** The files these paths name, folders expanded (sorted), in the order given. */
    public List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(ArticleInputs::isArticleFile).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
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
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** A file named like "2022-01-10-some-title.txt" was published on that day. */
    static Optional<LocalDate> dateInName(Path f) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\b")
                .matcher(f.getFileName().toString());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public Iterator<Item> iterator() {
        return new Items(files().iterator());
    }

    private final class Items implements Iterator<Item> {
        private final Iterator<Path> files;
        private final Set<String> ids = new HashSet<>();
        private BufferedReader lines;
        private Path linesFile;
        private int lineNo;
        private Item next;

        Items(Iterator<Path> files) {
            this.files = files;
        }

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
                    return null;
                }
                Path f = files.next();
                if (isJsonLines(f)) {
                    Item failed = openLines(f);
                    if (failed != null) {
                        return failed;
                    }
                } else {
                    return unique(textFile(f));
                }
            }
        }

        private Item openLines(Path f) {
            try {
                InputStream in = Files.newInputStream(f);
                lines = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8
                        .newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)));
                linesFile = f;
                lineNo = 0;
                return null;
            } catch (IOException e) {
                return Item.failed(f.toString(), f + ": cannot read: " + e.getMessage());
            }
        }

        private Item nextLine() {
            try {
                String line;
                do {
                    line = lines.readLine();
                    lineNo++;
                } while (line != null && line.isBlank());
                if (line == null) {
                    lines.close();
                    lines = null;
                    return null;
                }
                if (lineNo == 1 && line.startsWith("\ufeff")) {
                    line = line.substring(1);
                }
                String origin = linesFile + ":" + lineNo;
                try {
                    return unique(Item.of(JsonLinesArticles.parse(line, published, origin)));
                } catch (InputException e) {
                    return Item.failed(origin, e.getMessage());
                }
            } catch (IOException e) {
                String origin = linesFile + ":" + lineNo;
                try {
                    lines.close();
                } catch (IOException ignored) {
                    // reported below
                }
                lines = null;
                return Item.failed(origin, origin + ": cannot read (not UTF-8?): " + e.getMessage());
            }
        }

        private Item textFile(Path f) {
            String origin = f.toString();
            try {
                if (!Files.isRegularFile(f)) {
                    return Item.failed(origin, origin + ": no such file");
                }
                if (Files.size(f) > MAX_ARTICLE_BYTES) {
                    return Item.failed(origin, origin + ": larger than " + (MAX_ARTICLE_BYTES >> 20)
                            + " MiB; split it into articles");
                }
                String text = TextDecoder.decode(Files.readAllBytes(f), origin);
                Article a = TextArticles.parse(idOf(f), text, published.or(() -> dateInName(f)), source, origin);
                return Item.of(a);
            } catch (InputException e) {
                return Item.failed(origin, e.getMessage());
            } catch (IOException e) {
                return Item.failed(origin, origin + ": cannot read: " + e.getMessage());
            }
        }

        private Item unique(Item i) {
            if (i.article().isPresent() && !ids.add(i.article().get().id())) {
                return Item.failed(i.origin(), i.origin() + ": duplicate article id '" + i.article().get().id()
                        + "' (the first one is kept)");
            }
            return i;
        }
    }
}
