package org.dipkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipkg.ingest.ArticleInputs;
import org.dipkg.model.Article;
import org.dipkg.rdf.ArticleConverter;
import org.dipkg.rdf.CorpusConverter;
import org.dipkg.rdf.OutputFormat;
import org.dipkg.rdf.RdfOutput;

/**
 * Conversion speed. Three measurements:
 * <ul>
 * <li>{@code corpus FILE.jsonl OUT.nq THREADS}: the convert path (read, convert on THREADS
 *     threads, write N-Quads), articles/s and tokens/s; the seconds also go to OUT.nq.seconds;</li>
 * <li>{@code opennlp FILE.jsonl}: OpenNLP's sentence + token + POS pass alone on the same
 *     text, one thread;</li>
 * <li>{@code single ARTICLE.txt MEGABYTES}: one real article repeated to at least that much
 *     text, text to RDF model on one thread, against the OpenNLP pass on the same text.</li>
 * </ul>
 * Each prints one result line: {@code name key=value ...}.
 */
public final class ConversionBench {
    private ConversionBench() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("# machine: " + Machine.describe() + "; load " + Machine.load());
        switch (args[0]) {
            case "corpus" -> corpus(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "opennlp" -> openNlp(Path.of(args[1]));
            case "single" -> single(Path.of(args[1]), Double.parseDouble(args[2]));
            case "real" -> real(Path.of(args[1]), Double.parseDouble(args[2]), Path.of(args[3]),
                    Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("corpus, opennlp, single or real: " + args[0]);
        }
    }

    static void corpus(Path corpus, Path out, int threads) throws IOException {
        ArticleInputs inputs = ArticleInputs.create().paths(List.of(corpus)).published(Optional.empty()).build();
        CorpusConverter converter = CorpusConverter.create().threads(threads).build();
        long cpu0 = cpuNanos();
        long start = System.nanoTime();
        CorpusConverter.Summary s;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             RdfOutput rdf = RdfOutput.open(o, OutputFormat.NQ)) {
            s = converter.run(inputs, r -> {
                if (r.ok()) {
                    rdf.write(r.model());
                }
            });
        }
        double secs = (System.nanoTime() - start) / 1e9;
        Files.writeString(Path.of(out + ".seconds"), String.format(java.util.Locale.ROOT, "%.1f%n", secs));
        double cpu = (cpuNanos() - cpu0) / 1e9;
        System.out.printf("convert threads=%d articles=%d failed=%d tokens=%d seconds=%.1f articles_per_s=%.2f "
                        + "tokens_per_s=%.0f cpu_seconds=%.1f tokens_per_cpu_s=%.0f output_bytes=%d load=%s%n",
                threads, s.converted(), s.failures().size(), s.tokens(), secs, s.converted() / secs, s.tokens() / secs,
                cpu, s.tokens() / cpu, Files.size(out), Machine.load());
    }

    /**
     * The real articles of a folder (*.txt) repeated to at least {@code megabytes} of text, as
     * one JSON Lines corpus, converted on {@code threads} threads; the language models are
     * loaded first and their load time printed apart.
     */
    static void real(Path dir, double megabytes, Path out, int threads) throws IOException {
        List<Path> texts;
        try (var files = Files.list(dir)) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Path jsonl = Path.of(out + ".jsonl");
        long chars = 0;
        try (var w = Files.newBufferedWriter(jsonl)) {
            for (int copy = 0; chars < megabytes * 1_000_000; copy++) {
                for (Path t : texts) {
                    String text = Files.readString(t);
                    w.write("{\"id\":\"" + copy + "-" + t.getFileName().toString().replace(".txt", "")
                            + "\",\"published\":\"2020-01-01\",\"text\":" + CorpusGenerator.json(text) + "}\n");
                    chars += text.length();
                }
            }
        }
        long m0 = System.nanoTime();
        org.dipkg.nlp.Nlp4jParser.load();
        System.out.printf("models seconds=%.1f%n", (System.nanoTime() - m0) / 1e9);
        System.out.printf("# real text: %d files, %d characters%n", texts.size(), chars);
        corpus(jsonl, out, threads);
    }

    static void openNlp(Path corpus) {
        List<Article> articles = Corpus.read(corpus, Integer.MAX_VALUE);
        OpenNlpPass pass = new OpenNlpPass();
        long cpu0 = cpuNanos();
        long start = System.nanoTime();
        long tokens = 0;
        for (Article a : articles) {
            tokens += pass.run(a.text());
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        System.out.printf("opennlp threads=1 articles=%d tokens=%d seconds=%.1f articles_per_s=%.2f tokens_per_s=%.0f"
                        + " cpu_seconds=%.1f tokens_per_cpu_s=%.0f load=%s%n", articles.size(), tokens, secs,
                articles.size() / secs, tokens / secs, cpu, tokens / cpu, Machine.load());
    }

    /** CPU time of the whole process (all threads). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static void single(Path article, double megabytes) throws IOException {
        String text = Files.readString(article);
        List<Article> copies = new ArrayList<>();
        long chars = 0;
        for (int i = 0; chars < megabytes * 1_000_000; i++) {
            copies.add(Corpus.read(article, 1).get(0).withPublished(java.time.LocalDate.of(2022, 1, 10)));
            chars += text.length();
        }
        ArticleConverter converter = ArticleConverter.create().build();
        OpenNlpPass pass = new OpenNlpPass();
        // warm both up (compilers included) on half the text, then time each over all of it
        for (int i = 0; i < copies.size() / 2; i++) {
            converter.convert(copies.get(i));
            pass.run(copies.get(i).text());
        }
        long c0 = threadCpuNanos();
        long t0 = System.nanoTime();
        long statements = 0;
        long tokens = 0;
        for (Article a : copies) {
            var x = converter.extract(a);
            statements += converter.map(x).size();
            tokens += x.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        }
        double ours = (System.nanoTime() - t0) / 1e9;
        double oursCpu = (threadCpuNanos() - c0) / 1e9;
        long c1 = threadCpuNanos();
        long t1 = System.nanoTime();
        long nlpTokens = 0;
        for (Article a : copies) {
            nlpTokens += pass.run(a.text());
        }
        double nlp = (System.nanoTime() - t1) / 1e9;
        double nlpCpu = (threadCpuNanos() - c1) / 1e9;
        System.out.printf("single bytes=%d copies=%d tokens=%d statements=%d seconds=%.1f tokens_per_s=%.0f "
                        + "tokens_per_cpu_s=%.0f opennlp_tokens=%d opennlp_seconds=%.1f opennlp_tokens_per_s=%.0f "
                        + "opennlp_tokens_per_cpu_s=%.0f ratio=%.2f ratio_cpu=%.2f load=%s%n",
                chars, copies.size(), tokens, statements, ours, tokens / ours, tokens / oursCpu, nlpTokens, nlp,
                nlpTokens / nlp, nlpTokens / nlpCpu, (tokens / ours) / (nlpTokens / nlp),
                (tokens / oursCpu) / (nlpTokens / nlpCpu), Machine.load());
    }
}
