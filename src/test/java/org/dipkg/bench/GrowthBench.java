package org.dipkg.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;


/**
 * Growth with corpus size: for N articles, conversion time (2 threads), store size on
 * disk, load time and p50/p99 latency of the 9 queries of the mix (in process, one at a
 * time, no timeout, best of PASSES runs after one to warm up; p99 of 9 is the slowest
 * query), written as a row of
 * {@code growth.tsv} (a row per N, replaced when N is measured again). Reuses a corpus
 * and its conversion when {@code corpus-N.nq} and its {@code .seconds} are there.
 *
 * <pre>
 *   java -cp ... org.dipkg.bench.GrowthBench 10000 target/bench target/dipkg.jar queries 1
 * </pre>
 */
public final class GrowthBench {
    private GrowthBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        String jar = args[2];
        Path queries = Path.of(args[3]);
        int passes = Integer.parseInt(args[4]);
        System.out.println("# machine: " + Machine.describe() + "; load " + Machine.load());
        Path corpus = work.resolve("corpus-" + n + ".jsonl");
        Path nq = work.resolve("corpus-" + n + ".nq");
        Path seconds = Path.of(nq + ".seconds");
        if (!Files.exists(corpus)) {
            CorpusGenerator.main(new String[] {Integer.toString(n), corpus.toString()});
        }
        if (!Files.exists(seconds)) {
            ConversionBench.corpus(corpus, nq, 2);
        }
        double convert = Double.parseDouble(Files.readString(seconds).strip());
        Path store = work.resolve("store-" + n);
        Stores.delete(store);
        long t0 = System.nanoTime();
        run(List.of(javaBin(), "-Xmx4g", "-jar", jar, "load", nq.toString(), "--db", store.toString()),
                work.resolve("load-" + n + ".log"));
        double load = (System.nanoTime() - t0) / 1e9;
        long bytes = Stores.size(store);
        double[] q = query(store, queries, passes);
        String row = String.format(Locale.ROOT, "%d\t%.1f\t%.1f\t%.1f\t%.0f\t%.0f\t%d", n, convert, bytes / 1048576.0,
                load, q[0], q[1], Stores.quads(nq));
        System.out.println("growth articles=" + n + " convert_s=" + convert + " store_mib=" + (bytes >> 20)
                + " load_s=" + String.format(Locale.ROOT, "%.1f", load) + " p50_ms=" + Math.round(q[0]) + " p99_ms="
                + Math.round(q[1]) + " load=" + Machine.load());
        record(work.resolve("growth.tsv"), n, row);
        System.exit(0);
    }

    static final String HEADER = "articles\tconvert_s\tstore_mib\tload_s\tp50_ms\tp99_ms\tquads";

    private static void record(Path tsv, int n, String row) throws IOException {
        TreeMap<Integer, String> rows = new TreeMap<>();
        if (Files.exists(tsv)) {
            for (String line : Files.readAllLines(tsv)) {
                if (!line.startsWith("articles")) {
                    rows.put(Integer.parseInt(line.split("\t")[0]), line);
                }
            }
        }
        rows.put(n, row);
        List<String> out = new ArrayList<>(List.of(HEADER));
        out.addAll(rows.values());
        Files.write(tsv, out);
    }

    /** The query mix in process, no timeout: one pass to warm up, then the best of {@code passes}; p50 and p99 of the 9. */
    private static double[] query(Path store, Path queries, int passes) throws Exception {
        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        QueryTimes.times(dataset, queries, 1, false);
        long[] ms = QueryTimes.times(dataset, queries, passes, true);
        return new double[] {ms[(int) Math.ceil(0.50 * ms.length) - 1], ms[(int) Math.ceil(0.99 * ms.length) - 1]};
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File(log.toString()))
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed; see " + log);
        }
    }
}
