package org.dipkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.dipkg.store.DataFiles;
import org.dipkg.store.ShapeValidator;
import org.dipkg.store.StoreException;
import org.dipkg.store.Tdb2Store;

/** {@code dipkg validate}: SHACL validation of files or a store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check RDF files or a store against the SHACL shapes of the dipkg ontology.",
                "Prints one line per violation and exits 1 when there is any."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @ArgGroup(multiplicity = "1")
    Source source;

    /** Files or a store. */
    static final class Source {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files.")
        List<Path> files;

        @Option(names = "--db", paramLabel = "DIR", description = "A TDB2 store folder.")
        Path db;
    }

    @Override
    public Integer call() throws StoreException {
        List<String> problems;
        String what;
        if (source.db != null) {
            try (Tdb2Store store = Stores.existing(source.db)) {
                Dataset ds = store.dataset();
                problems = Txn.calculateRead(ds, () -> ShapeValidator.get().check(union(ds)));
            }
            what = source.db.toString();
        } else {
            Dataset ds = DataFiles.read(source.files);
            problems = Txn.calculateRead(ds, () -> ShapeValidator.get().check(ds.asDatasetGraph().getDefaultGraph()));
            what = String.join(", ", source.files.stream().map(Path::toString).toList());
        }
        var out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println(what + ": conforms to the dipkg shapes");
            out.flush();
            return ExitCodes.OK;
        }
        for (String p : problems) {
            out.println(p);
        }
        out.println(what + ": " + problems.size() + " violation" + (problems.size() == 1 ? "" : "s"));
        out.flush();
        return ExitCodes.FAILURE;
    }

    private static Graph union(Dataset ds) {
        return ds.asDatasetGraph().getUnionGraph();
    }
}
