package org.dipkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic corpus for scale tests as JSON Lines: N articles made by
 * recombining paragraphs of the real articles in the repository ({@code data/articles},
 * {@code src/test/resources}) and swapping in names of people and countries, so that
 * length and density of facts stay realistic. Deterministic for a seed.
 *
 * <pre>
 *   java ... org.dipkg.bench.CorpusGenerator 10000 target/bench/corpus-10000.jsonl [seed]
 * </pre>
 */
public final class CorpusGenerator {
    private static final int MIN_WORDS = 450;
    private static final int MAX_WORDS = 1_200;

    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("(?<=[.!?][\"\u201d]?)\\s+(?=[\"\u201c]?[A-Z])");

    private final SourceTexts sources;
    private final NamePool names;

    private CorpusGenerator(SourceTexts sources) {
        this.sources = sources;
        this.names = new NamePool(sources);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator ARTICLES OUT.jsonl [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        SourceTexts sources = SourceTexts.read(List.of(Path.of("data", "articles"), Path.of("src", "test", "resources")));
        CorpusGenerator g = new CorpusGenerator(sources);
        long words = g.write(n, out, seed);
        System.err.printf("wrote %d articles, %d words, to %s (from %d paragraphs, %d people)%n",
                n, words, out, sources.paragraphs().size(), g.names.people());
    }

    long write(int n, Path out, long seed) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Random random = new Random(seed);
        long words = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                NamePool.Renaming renaming = names.new Renaming(random);
                String title = renaming.apply(sources.titles().get(random.nextInt(sources.titles().size())));
                int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS);
                List<String> body = new ArrayList<>();
                int count = 0;
                while (count < target) {
                    String p = renaming.apply(paragraph(random));
                    body.add(p);
                    count += p.split("\\s+").length;
                }
                words += count;
                LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
                String id = String.format("gen-%07d", i + 1);
                w.write("{\"id\":" + json(id) + ",\"title\":" + json(title) + ",\"published\":" + json(published.toString())
                        + ",\"url\":" + json("https://news.example.org/" + id) + ",\"text\":" + json(String.join("\n\n", body))
                        + "}\n");
            }
        }
        return words;
    }

    /** A source paragraph as it was, or two or three source sentences joined. */
    private String paragraph(Random random) {
        List<String> ps = sources.paragraphs();
        if (random.nextInt(5) < 3) {
            return ps.get(random.nextInt(ps.size()));
        }
        int k = 2 + random.nextInt(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < k; i++) {
            String[] sentences = SENTENCE_END.split(ps.get(random.nextInt(ps.size())));
            b.append(i == 0 ? "" : " ").append(sentences[random.nextInt(sentences.length)]);
        }
        return b.toString();
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
