package org.dipkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A new store built from the N-Quads shards of {@code spark-convert} by TDB2's phased bulk
 * loader (see {@link BulkLoad}), then checked against the shards: the same distinct quads,
 * article graphs and entities graph.
 *
 * <pre>
 *   ShardLoad.Outcome o = ShardLoad.build(store, ShardLoad.shards(paths), listener);
 *   if (!o.complete()) { ... }
 * </pre>
 */
public final class ShardLoad {
    /** What the shards hold and what the store holds after the load. */
    public record Outcome(LoadReport load, ShardContents shards, ShardContents store) {
        public boolean complete() {
            return shards.equals(store);
        }
    }

    private ShardLoad() {
    }

    /** The shards these paths name: files as given, a folder's {@code .nq} files in name order. */
    public static List<Path> shards(List<Path> paths) throws StoreException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> s = Files.list(p)) {
                List<Path> found = s.filter(f -> f.getFileName().toString().endsWith(".nq")).filter(Files::isRegularFile)
                        .sorted().toList();
                if (found.isEmpty()) {
                    throw new StoreException(p + ": no N-Quads shards (.nq files) here");
                }
                out.addAll(found);
            } catch (IOException e) {
                throw new StoreException(p + ": cannot read the folder: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Counts what the shards hold (refusing a graph split between them), bulk-loads them into an empty store, counts it. */
    public static Outcome build(Tdb2Store store, List<Path> shards, LoadListener listener) throws StoreException {
        if (store.size() > 0) {
            throw new StoreException(store.dir() + ": the store holds data; a store is built from shards in a new or "
                    + "an empty folder");
        }
        ShardContents expected = ShardContents.read(shards);
        LoadSettings bulk = new LoadSettings(0, LoadSettings.DEFAULTS.batchQuads(), true);
        LoadReport load = store.load(shards, bulk, listener);
        long graphs = store.graphs().stream().filter(g -> !g.equals(Tdb2Store.ENTITIES.getURI())).count();
        ShardContents held = new ShardContents(store.size(), graphs, store.size(Tdb2Store.ENTITIES));
        return new Outcome(load, expected, held);
    }
}
