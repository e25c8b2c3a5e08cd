package org.dipkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2StoreIT {
    private static final String G = "https://w3id.org/dipkg/graph/";
    private static final LoadSettings STREAM_IN_TWOS = new LoadSettings(0, 2, false);
    private static final LoadSettings BULK = new LoadSettings(0, 2, true);

    @TempDir
    Path tmp;

    @Test
    void aSmallLoadIsOneTransaction() throws Exception {
        Path good = write("good.nq", quads("a", 3));
        Path bad = write("bad.nq", quads("b", 2) + "<s> <p> .\n");
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            assertThatThrownBy(() -> store.load(List.of(good, bad))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("bad.nq").hasMessageContaining("nothing was loaded");
            assertThat(store.graphs()).isEmpty();
            LoadReport r = store.load(List.of(good));
            assertThat(r).isEqualTo(new LoadReport(1, 3, 1));
        }
    }

    @Test
    void aLargeInputStreamsInBatchesOfWholeGraphs() throws Exception {
        Path f = write("corpus.nq", quads("a", 3) + quads("b", 1) + quads("c", 2) + quads("d", 1));
        List<Long> committed = new ArrayList<>();
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            LoadReport r = store.load(List.of(f), STREAM_IN_TWOS, (soFar, read, total) -> {
                committed.add(soFar.quads());
                assertThat(read).isLessThanOrEqualTo(total);
            });
            assertThat(r.graphs()).isEqualTo(4);
            assertThat(r.quads()).isEqualTo(7);
            assertThat(r.transactions()).isEqualTo(3);
            assertThat(committed).containsExactly(3L, 6L, 7L);
            assertThat(store.size()).isEqualTo(7);
        }
    }

    @Test
    void loadingAnArticleAgainReplacesItsGraph() throws Exception {
        Path v1 = write("v1.nq", quads("a", 3) + quads("b", 2));
        Path v2 = write("v2.nq", quads("a", 1).replace("/o0>", "/new>"));
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            store.load(List.of(v1));
            store.load(List.of(v2), STREAM_IN_TWOS, LoadListener.NONE);
            assertThat(count(store, G + "a")).isEqualTo(1);
            assertThat(count(store, G + "b")).isEqualTo(2);
        }
    }

    @Test
    void aGraphInSeveralStretchesKeepsAllItsQuads() throws Exception {
        Path f = write("split.nq", quads("a", 2) + quads("b", 2) + quads("a", 3).replace("/o", "/more"));
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            LoadReport r = store.load(List.of(f), STREAM_IN_TWOS, LoadListener.NONE);
            assertThat(r.graphs()).isEqualTo(2);
            assertThat(count(store, G + "a")).isEqualTo(5);
        }
    }

    @Test
    void aStreamThatFailsKeepsTheBatchesBefore() throws Exception {
        Path f = write("broken.nq", quads("a", 2) + quads("b", 2) + quads("c", 1) + "<s> <p> .\n");
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            assertThatThrownBy(() -> store.load(List.of(f), STREAM_IN_TWOS, LoadListener.NONE))
                    .isInstanceOf(StoreException.class).hasMessageContaining("broken.nq")
                    .hasMessageContaining("were kept");
            assertThat(store.graphs()).contains(G + "a", G + "b").doesNotContain(G + "c");
        }
    }

    @Test
    void aLargeInputIntoAnEmptyStoreIsBulkLoadedAsOneWhole() throws Exception {
        Path f = write("corpus.nq", quads("a", 3) + quads("b", 1) + quads("a", 2).replace("/o", "/more"));
        List<Long> reported = new ArrayList<>();
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            LoadReport r = store.load(List.of(f), BULK, (soFar, read, total) -> reported.add(soFar.quads()));
            assertThat(r).isEqualTo(new LoadReport(2, 6, 1));
            assertThat(reported).containsExactly(6L);
            assertThat(count(store, G + "a")).isEqualTo(5);
            assertThat(Files.exists(tmp.resolve("db").resolve(BulkLoad.MARKER))).isFalse();
        }
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            assertThat(store.size()).isEqualTo(6);
        }
    }

    @Test
    void aBulkLoadThatFailsLeavesTheStoreEmptyAndUsable() throws Exception {
        Path broken = write("broken.nq", quads("a", 2) + quads("b", 2) + "<s> <p> .\n");
        Path good = write("good.nq", quads("c", 2));
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            assertThatThrownBy(() -> store.load(List.of(broken), BULK, LoadListener.NONE))
                    .isInstanceOf(StoreException.class).hasMessageContaining("broken.nq")
                    .hasMessageContaining("nothing was loaded");
            assertThat(store.size()).isZero();
            assertThat(store.load(List.of(good), BULK, LoadListener.NONE).quads()).isEqualTo(2);
            assertThat(store.graphs()).containsExactly(G + "c");
        }
    }

    @Test
    void aStoreLeftByAnInterruptedBulkLoadOpensEmpty() throws Exception {
        Path f = write("corpus.nq", quads("a", 3));
        Path db = tmp.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db)) {
            store.load(List.of(f), BULK, LoadListener.NONE);
        }
        Files.writeString(db.resolve(BulkLoad.MARKER), "");
        try (LogCapture log = LogCapture.of(Tdb2Store.class); Tdb2Store store = Tdb2Store.open(db)) {
            assertThat(store.size()).isZero();
            assertThat(log.lines()).containsExactly(
                    "WARN " + db + ": a bulk load into this empty store was interrupted; the store is empty again");
            store.load(List.of(f), BULK, LoadListener.NONE);
            assertThat(store.size()).isEqualTo(3);
        }
    }

    @Test
    void aLargeInputIntoAStoreWithDataStreamsInBatches() throws Exception {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            store.load(List.of(write("first.nq", quads("a", 1))));
            LoadReport r = store.load(List.of(write("more.nq", quads("b", 2) + quads("c", 2))), BULK,
                    LoadListener.NONE);
            assertThat(r.transactions()).isEqualTo(2);
            assertThat(store.size()).isEqualTo(5);
        }
    }

    private static long count(Tdb2Store store, String graph) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel(graph).size());
    }

    private static String quads(String graph, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<https://example.org/s> <https://example.org/p> <https://example.org/o").append(i).append("> <")
                    .append(G).append(graph).append("> .\n");
        }
        return b.toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }
}
