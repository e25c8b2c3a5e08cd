package org.dipkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import org.dipkg.serve.DipkgServer;

/**
 * Query speed: the query mix (every {@code queries/*.rq}, each given {@code LIMIT 10000}
 * when it has none, the product's default row cap, so that both servers answer the same
 * rows) sent by 1, 8 and 32 concurrent HTTP clients to our server ({@link DipkgServer},
 * default settings) and to a stock Fuseki ({@link FusekiServer} configured plainly: one
 * dataset, union default graph, the same 30 s query timeout) over the same store in the
 * same process, the two taking turns at each level. A query that fails or times out
 * counts as an error, not in the latencies. Prints p50/p99 latency and queries/s per server and level.
 *
 * <pre>
 *   java -cp ... org.dipkg.bench.QueryBench STORE queries 60 1,8,32
 * </pre>
 */
public final class QueryBench {
    private static final long ROW_CAP = 10_000;
    /** The product's default query timeout, given to both servers. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private QueryBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path store = Path.of(args[0]);
        List<String> queries = mix(Path.of(args[1]));
        Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
        int[] levels = java.util.Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        System.out.println("# machine: " + Machine.describe() + "; store " + store + " ("
                + (Stores.size(store) >> 20) + " MiB); " + queries.size() + " queries; " + length.toSeconds()
                + " s per level and server");
        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(TIMEOUT.toMillis()));
        DipkgServer ours = DipkgServer.create().dataset(dataset).port(0).timeout(TIMEOUT).build().start();
        FusekiServer stock = FusekiServer.create().port(0).add("/ds", dataset).build().start();
        String oursUrl = ours.endpointUrl();
        String stockUrl = "http://localhost:" + stock.getHttpPort() + "/ds/sparql";
        try {
            LoadClient client = new LoadClient(queries);
            System.out.println("# warm-up (one pass, stock server; the store and caches are shared): answer bytes "
                    + client.warm(stockUrl));
            for (int clients : levels) {
                for (int turn = 0; turn < 2; turn++) {
                    boolean oursFirst = turn == 0;
                    print(client.run(oursFirst ? oursUrl : stockUrl, clients, length.dividedBy(2)),
                            oursFirst);
                    print(client.run(oursFirst ? stockUrl : oursUrl, clients, length.dividedBy(2)),
                            !oursFirst);
                }
            }
        } finally {
            ours.stop();
            stock.stop();
        }
        System.exit(0);
    }

    private static void print(LoadClient.Result r, boolean isOurs) {
        System.out.printf("query server=%s clients=%d done=%d errors=%d seconds=%.1f queries_per_s=%.2f p50_ms=%.0f "
                        + "p99_ms=%.0f load=%s%n", isOurs ? "dipkg" : "stock", r.clients(), r.done(), r.errors(),
                r.seconds(), r.perSecond(), r.p50Ms(), r.p99Ms(), Machine.load());
    }

    /** The queries of a folder, in name order, each capped at the product's default row limit. */
    static List<String> mix(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                Query q = QueryFactory.create(Files.readString(f));
                if (q.isSelectType() && !q.hasLimit()) {
                    q.setLimit(ROW_CAP);
                }
                out.add(q.serialize());
            }
        }
        return out;
    }
}
