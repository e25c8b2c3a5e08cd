package org.dipkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Each query of the mix alone, in process, over a store: rows and milliseconds (best of
 * REPEAT runs), to see which queries dominate the HTTP benchmarks.
 *
 * <pre>
 *   java -cp ... org.dipkg.bench.QueryTimes STORE queries 2
 * </pre>
 */
public final class QueryTimes {
    private QueryTimes() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("# machine: " + Machine.describe() + "; store " + args[0]);
        Dataset ds = TDB2Factory.connectDataset(args[0]);
        times(ds, Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 2, true);
    }

    /** Milliseconds per query of the folder (best of {@code repeat}), sorted ascending. */
    static long[] times(Dataset ds, Path folder, int repeat, boolean print) throws java.io.IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        long[] out = new long[files.size()];
        int k = 0;
        for (Path f : files) {
            Query q = QueryFactory.create(Files.readString(f));
            if (q.isSelectType() && !q.hasLimit()) {
                q.setLimit(10_000);
            }
            long best = Long.MAX_VALUE;
            long rows = 0;
            for (int i = 0; i < repeat; i++) {
                long t0 = System.nanoTime();
                rows = Txn.calculateRead(ds, () -> {
                    try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds)
                            .set(TDB2.symUnionDefaultGraph, true).build()) {
                        ResultSet rs = qe.execSelect();
                        long n = 0;
                        while (rs.hasNext()) {
                            rs.next();
                            n++;
                        }
                        return n;
                    }
                });
                best = Math.min(best, System.nanoTime() - t0);
            }
            if (print) {
                System.out.printf("query-time query=%s rows=%d ms=%d load=%s%n", f.getFileName(), rows,
                        best / 1_000_000, Machine.load());
            }
            out[k++] = best / 1_000_000;
        }
        java.util.Arrays.sort(out);
        return out;
    }
}
