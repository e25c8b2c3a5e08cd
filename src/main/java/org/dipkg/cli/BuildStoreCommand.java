package org.dipkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.dipkg.store.ShardContents;
import org.dipkg.store.ShardLoad;
import org.dipkg.store.StoreException;
import org.dipkg.store.Tdb2Store;

/** {@code dipkg build-store}: a new store from the shards of {@code spark-convert}, checked. */
@Command(name = "build-store", mixinStandardHelpOptions = true,
        description = {"Build a new store from the N-Quads shards of spark-convert, then check that it holds what "
                + "the shards hold.",
                "TDB2's phased bulk loader writes the store (all or nothing: if a shard fails, the store is empty "
                        + "again). Then the distinct quads, the article graphs and the quads of the entities graph "
                        + "are counted in the shards and in the store; when they differ the exit code is 1. --db must "
                        + "be a new or an empty folder."},
        footer = {"", "Example:", "  dipkg build-store shards/ --db store"})
public final class BuildStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "1..*", paramLabel = "SHARD", description = "N-Quads shards, or folders of them (*.nq).")
    List<Path> shards;

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "The store folder (new or empty).")
    Path db;

    @Override
    public Integer call() throws StoreException {
        List<Path> files = ShardLoad.shards(shards);
        ShardLoad.Outcome o;
        try (Tdb2Store store = Stores.open(db)) {
            Progress progress = Progress.bytes("loading", System.err);
            o = Stores.write(db, () -> ShardLoad.build(store, files, (soFar, read, total) -> progress.at(read, total)));
            progress.finish();
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!o.complete()) {
            err.println("dipkg: " + db + " does not hold what the shards hold: the shards " + counts(o.shards())
                    + ", the store " + counts(o.store()));
            err.flush();
            return ExitCodes.FAILURE;
        }
        if (!Verbosity.quiet()) {
            err.println("dipkg: built " + db + " from " + files.size() + " shard" + (files.size() == 1 ? "" : "s")
                    + "; it holds what they hold: " + counts(o.store()));
        }
        err.flush();
        return ExitCodes.OK;
    }

    private static String counts(ShardContents c) {
        return c.quads() + " quads, " + c.graphs() + " article graphs, " + c.entities() + " quads in the entities graph";
    }
}
