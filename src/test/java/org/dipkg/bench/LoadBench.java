package org.dipkg.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loading speed: our {@code dipkg load} against Jena's own {@code tdb2.tdbloader} (its
 * default, phased loader; the Jena version the product uses) on the same N-Quads file,
 * each into an empty store, each in a fresh JVM with the same heap, alternating, several
 * rounds. Prints one line per run and the ratio of the best runs.
 *
 * <pre>
 *   java -cp ... org.dipkg.bench.LoadBench corpus.nq target/bench/stores 3 target/dipkg.jar
 * </pre>
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path nq = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String jar = args[3];
        String heap = args.length > 4 ? args[4] : "-Xmx4g";
        long quads = Stores.quads(nq);
        System.out.println("# machine: " + Machine.describe() + "; input " + nq + ", " + quads + " quads, "
                + (nq.toFile().length() >> 20) + " MiB");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        double bestOurs = 0;
        double bestJena = 0;
        for (int r = 1; r <= rounds; r++) {
            Path jenaDir = work.resolve("tdbloader");
            Path oursDir = work.resolve("dipkg");
            double jena = run("tdb2.tdbloader", jenaDir, quads, List.of(java, heap, "-cp", cp, "tdb2.tdbloader",
                    "--loc", jenaDir.toString(), nq.toString()));
            double ours = run("dipkg-load", oursDir, quads, List.of(java, heap, "-jar", jar, "load", nq.toString(),
                    "--db", oursDir.toString()));
            bestJena = Math.max(bestJena, jena);
            bestOurs = Math.max(bestOurs, ours);
        }
        System.out.printf("load-ratio dipkg_best=%.0f tdbloader_best=%.0f ratio=%.2f%n", bestOurs, bestJena,
                bestOurs / bestJena);
    }

    private static final String TIME = "/usr/bin/time";

    /** User + system seconds, from the line /usr/bin/time wrote last. */
    private static double cpuSeconds(Path log) throws IOException {
        List<String> lines = java.nio.file.Files.readAllLines(log);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("cpu_seconds ")) {
                String[] f = lines.get(i).split(" ");
                return Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
            }
        }
        return Double.NaN;
    }

    /** Runs one loader into an empty folder; returns quads per second. */
    private static double run(String name, Path dir, long quads, List<String> command)
            throws IOException, InterruptedException {
        Stores.delete(dir);
        dir.toFile().mkdirs();
        String load = Machine.load();
        long t0 = System.nanoTime();
        List<String> timed = new ArrayList<>();
        boolean cpu = new File(TIME).canExecute();
        if (cpu) {
            timed.addAll(List.of(TIME, "-f", "cpu_seconds %U %S"));
        }
        timed.addAll(command);
        Path log = Path.of(dir + ".log");
        Process p = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        double secs = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(name + " exited with " + exit + "; see " + log);
        }
        double cpuSecs = cpu ? cpuSeconds(log) : Double.NaN;
        double rate = quads / secs;
        System.out.printf("load loader=%s quads=%d seconds=%.1f quads_per_s=%.0f cpu_seconds=%.1f store_mib=%d "
                + "load_before=%s load_after=%s%n", name, quads, secs, rate, cpuSecs, Stores.size(dir) >> 20, load,
                Machine.load());
        return rate;
    }
}
