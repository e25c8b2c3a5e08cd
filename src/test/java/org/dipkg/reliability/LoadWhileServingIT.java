package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dipkg.serve.DipkgServer;
import org.dipkg.store.Tdb2Store;

/**
 * Loading into the store while the server answers queries over it, in one JVM (a TDB2
 * store belongs to one process): every load is one transaction, so readers see an
 * article's graph as it was before a load or after it, never half-way, and the server
 * answers throughout.
 */
class LoadWhileServingIT {
    static final String GRAPH = "https://w3id.org/dipkg/graph/" + Articles.GENEVA;
    static final String ADDED = "https://w3id.org/dipkg/graph/2023-11-20-jakarta-trade-visit";

    @TempDir
    Path dir;

    @Test
    void readersNeverSeeAHalfLoadedGraph() throws Exception {
        String text = Articles.text(Articles.geneva());
        Path full = version("full", text);
        Path half = version("half", text.substring(0, text.indexOf("\n\n", text.length() / 2)));
        Path added = dir.resolve("added.trig");
        assertThat(Cli.run("convert", Articles.resource("articles/2023-11-20-jakarta-trade-visit.txt").toString(),
                "-o", added.toString()).exit()).isZero();
        long fullCount = triples(full, GRAPH);
        long halfCount = triples(half, GRAPH);
        long addedCount = triples(added, ADDED);
        assertThat(fullCount).isGreaterThan(halfCount).isGreaterThan(0);

        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            store.load(List.of(full));
            DipkgServer server = DipkgServer.create().dataset(store.dataset()).port(0).build().start();
            try {
                run(store, server.endpointUrl(), full, half, added, Set.of(fullCount, halfCount), addedCount);
            } finally {
                server.stop();
            }
        }
    }

    private void run(Tdb2Store store, String endpoint, Path full, Path half, Path added, Set<Long> allowed,
                     long addedCount) throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        List<String> problems = new CopyOnWriteArrayList<>();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicLong reads = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH + "> { ?s ?p ?o } }";
        String countAdded = "SELECT (COUNT(*) AS ?n) { GRAPH <" + ADDED + "> { ?s ?p ?o } }";
        List<Future<?>> readers = new java.util.ArrayList<>();
        for (int r = 0; r < 3; r++) {
            boolean watchAdded = r == 2;
            readers.add(pool.submit(() -> {
                Http http = new Http();
                while (loading.get()) {
                    try {
                        long n = http.count(endpoint, watchAdded ? countAdded : count);
                        reads.incrementAndGet();
                        if (watchAdded ? n != 0 && n != addedCount : !allowed.contains(n)) {
                            problems.add("a reader saw " + n + " triples");
                        } else if (!watchAdded) {
                            seen.add(n);
                        }
                    } catch (RuntimeException | AssertionError e) {
                        problems.add(String.valueOf(e));
                    }
                }
            }));
        }
        int loads = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
        while (System.nanoTime() < end || loads < 10) {
            store.load(List.of(loads % 2 == 0 ? half : full));
            if (loads == 5) {
                store.load(List.of(added));
            }
            loads++;
            Thread.sleep(20);
        }
        loading.set(false);
        for (Future<?> f : readers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        System.out.printf("load while serving: %d loads, %d reads, counts seen %s%n", loads, reads.get(), seen);
        assertThat(problems).isEmpty();
        assertThat(reads.get()).isGreaterThan(loads);
        assertThat(seen).as("readers saw both versions").isEqualTo(allowed);
        assertThat(new Http().count(endpoint, countAdded)).isEqualTo(addedCount);
    }

    private Path version(String name, String text) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Path article = Articles.write(folder.resolve(Articles.GENEVA + ".txt"), text);
        Path out = dir.resolve(name + ".trig");
        Cli.Run run = Cli.run("convert", article.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        return out;
    }

    private static long triples(Path file, String graph) {
        return Rdf.read(file).getGraph(NodeFactory.createURI(graph)).size();
    }
}
