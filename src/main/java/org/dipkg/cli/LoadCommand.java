package org.dipkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.dipkg.store.StoreException;
import org.dipkg.store.Tdb2Store;

/** {@code dipkg load}: RDF files into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load RDF files (the output of convert, any RDF format) into a TDB2 store,",
                "each article into its own named graph. Loading an article again replaces its graph.",
                "The load is one transaction: if any file fails, the store is left exactly as it was."},
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
            Map<String, Long> counts = Stores.write(db, () -> store.load(files));
            long quads = counts.values().stream().mapToLong(Long::longValue).sum();
            spec.commandLine().getErr().println("dipkg: loaded " + quads + " statements in " + counts.size()
                    + " graph" + (counts.size() == 1 ? "" : "s") + " into " + db);
            spec.commandLine().getErr().flush();
        }
        return ExitCodes.OK;
    }
}
