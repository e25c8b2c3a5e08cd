package org.dipkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.dipkg.store.LoadReport;
import org.dipkg.store.LoadSettings;
import org.dipkg.store.StoreException;
import org.dipkg.store.Tdb2Store;

/** {@code dipkg load}: RDF files into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load RDF files (the output of convert, any RDF format) into a TDB2 store.",
                "Each article goes into its own named graph. Loading an article again replaces its graph. "
                        + "A load of up to 64 MiB is one transaction: if any file fails, the store is left "
                        + "exactly as it was. Larger N-Quads or TriG inputs stream, with memory flat whatever "
                        + "their size:",
                "- into an empty store through TDB2's bulk loader, all or nothing: if the input fails, or the "
                        + "process is killed, the store is empty again (at once, or when it is next opened);",
                "- into a store that holds data in batches of whole graphs, one transaction each: if the input "
                        + "fails part way, the batches loaded before it are kept."},
        footer = {"", "Example:", "  dipkg load article.ttl corpus.nq --db store"})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files.")
    List<Path> files;

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "The store folder (created if missing).")
    Path db;

    @Override
    public Integer call() throws StoreException {
        try (Tdb2Store store = Stores.open(db)) {
            Progress progress = Progress.bytes("loading", System.err);
            LoadReport r = Stores.write(db, () -> store.load(files, LoadSettings.DEFAULTS,
                    (soFar, read, total) -> progress.at(read, total)));
            progress.finish();
            if (Verbosity.quiet()) {
                return ExitCodes.OK;
            }
            spec.commandLine().getErr().println("dipkg: loaded " + r.quads() + " statements in " + r.graphs()
                    + " graph" + (r.graphs() == 1 ? "" : "s") + " into " + db
                    + (r.transactions() > 1 ? " (" + r.transactions() + " transactions)" : ""));
            spec.commandLine().getErr().flush();
        }
        return ExitCodes.OK;
    }
}
