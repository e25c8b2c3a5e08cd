package org.dipkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.dipkg.store.StoreException;
import org.dipkg.store.Tdb2Store;

/** {@code dipkg serve}: the SPARQL endpoint over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store over HTTP: a read-only SPARQL 1.1 endpoint and the pages.",
                "The endpoint is at /dipkg/sparql, the query page at /, entity pages at /id/..., the ontology "
                        + "at /ontology, VoID at /.well-known/void. Listens on 127.0.0.1 (this machine only) "
                        + "unless --host names another address. Ctrl-C stops it."},
        footer = {"", "Example:", "  dipkg serve --db store --port 3030"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "store", description = "The store folder. Default: ${DEFAULT-VALUE}.")
    Path db;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws StoreException {
        Tdb2Store store = Stores.existing(db);
        return Serving.serve(server.build(store.dataset()), store, spec.commandLine().getErr());
    }
}
