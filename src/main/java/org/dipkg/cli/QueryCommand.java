package org.dipkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.dipkg.store.DataFiles;
import org.dipkg.store.QueryRunner;
import org.dipkg.store.StoreException;
import org.dipkg.store.Tdb2Store;

/** {@code dipkg query}: SPARQL over a store or over RDF files. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over a store or RDF files.",
                "The default graph is the union of all article graphs."},
        footer = {"", "A store that a running 'dipkg serve' or 'dipkg up' holds is queried through that server.",
                "", "Examples:", "  dipkg query --db store queries/meetings.rq",
                "  dipkg query --data data/articles/2022-01-10-us-russia-geneva-talks.ttl --format csv \\",
                "      -e 'SELECT * { ?s ?p ?o } LIMIT 5'"})
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @ArgGroup(multiplicity = "1")
    Source source;

    /** Where the data is: a store or files. */
    static final class Source {
        @Option(names = "--db", paramLabel = "DIR", description = "A TDB2 store folder.")
        Path db;

        @Option(names = "--data", paramLabel = "FILE", arity = "1..*", description = "RDF files (any format).")
        List<Path> data;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json, xml (SELECT/ASK); turtle, jsonld (CONSTRUCT/DESCRIBE). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-e", "--execute"}, paramLabel = "SPARQL", description = "The query text.")
    String text;

    @Parameters(arity = "0..1", paramLabel = "QUERY.rq", description = "A file holding the query.")
    Path file;

    @Override
    public Integer call() throws IOException, StoreException {
        String sparql = queryText();
        QueryRunner.Format fmt;
        try {
            fmt = QueryRunner.format(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: unknown format '" + format + "'");
        }
        OutputStream out = Outputs.open(null, spec.commandLine().getOut());
        try {
            if (source.db != null) {
                queryStore(sparql, fmt, out);
            } else {
                Dataset ds = DataFiles.read(source.data);
                QueryRunner.run(ds, sparql, fmt, out);
            }
        } catch (QueryParseException e) {
            spec.commandLine().getErr().println("dipkg: " + (file != null ? file + ": " : "") + "SPARQL syntax error: "
                    + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } finally {
            out.close();
        }
        return ExitCodes.OK;
    }

    /**
     * Queries the store; when a running {@code serve} or {@code up} holds it, sends the query to
     * that server's endpoint, and when the server left no note of its address, says what to type.
     */
    private void queryStore(String sparql, QueryRunner.Format fmt, OutputStream out) throws StoreException {
        Optional<String> endpoint = ServedStores.endpoint(source.db);
        if (endpoint.isPresent()) {
            if (!Verbosity.quiet()) {
                spec.commandLine().getErr().println("dipkg: " + source.db + " is being served; the query goes to "
                        + endpoint.get());
                spec.commandLine().getErr().flush();
            }
            try {
                QueryRunner.runAt(endpoint.get(), sparql, fmt, out);
            } catch (QueryExceptionHTTP | HttpException e) {
                throw new StoreException(endpoint.get() + ": " + Main.message(e), e);
            }
            return;
        }
        try (Tdb2Store store = Stores.existing(source.db)) {
            QueryRunner.run(store.dataset(), sparql, fmt, out);
        } catch (StoreException e) {
            if (!Stores.inUse(e)) {
                throw e;
            }
            String query = file != null ? "query@" + file : "query=" + text;
            throw new StoreException(e.getMessage() + ". To query the server that holds it, type:\n  curl -s -H "
                    + "'Accept: text/csv' --data-urlencode " + shellQuoted(query)
                    + " http://localhost:3030/dipkg/sparql\n(with the port that server printed, 3030 by default)", e);
        }
    }

    private static String shellQuoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private String queryText() throws IOException {
        if ((text == null) == (file == null)) {
            throw new ParameterException(spec.commandLine(), "give either a query file or -e 'SPARQL', not both");
        }
        if (text != null) {
            return text;
        }
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), file + ": no such query file");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
