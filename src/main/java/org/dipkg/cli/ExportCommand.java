package org.dipkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.dipkg.store.DataFiles;
import org.dipkg.store.EventTable;
import org.dipkg.store.StoreException;
import org.dipkg.store.Tdb2Store;

/** {@code dipkg export}: the store, or one graph, as RDF; or the event table as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole store (trig or nq, keeping one graph per article) or one article's "
                + "graph (--graph, any format) as RDF; or, with --events, the event table as CSV: one row per "
                + "meeting, statement, demand and position, of a store or of converted files."},
        footer = {"", "Examples:", "  dipkg export --db store -o all.trig",
                "  dipkg export --db store --graph https://w3id.org/dipkg/graph/my-article --format turtle",
                "  dipkg export --db store --events events.csv",
                "  dipkg export --data converted.trig --events events.csv"})
public final class ExportCommand implements Callable<Integer> {
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "turtle", RDFFormat.TURTLE_PRETTY, "trig", RDFFormat.TRIG_PRETTY, "nt", RDFFormat.NTRIPLES,
            "nq", RDFFormat.NQUADS, "jsonld", RDFFormat.JSONLD11, "rdfxml", RDFFormat.RDFXML_PRETTY);

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--db", paramLabel = "DIR", description = "The store folder.")
    Path db;

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*",
            description = "With --events: RDF files (convert's output) instead of a store.")
    List<Path> data;

    @Option(names = "--events", paramLabel = "FILE.csv",
            description = "Write the event table (RFC 4180 CSV, UTF-8) to this file; '-' for standard output.")
    Path events;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph.")
    String graph;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "turtle, trig, nt, nq, jsonld or rdfxml. Default: from -o, else trig (turtle with --graph).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file. Default: standard output.")
    Path output;

    @Override
    public Integer call() throws IOException, StoreException {
        if (events != null) {
            return eventTable();
        }
        if (db == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--db=DIR'"
                    + (data != null ? " (--data goes with --events only)" : ""));
        }
        String name = format != null ? format.toLowerCase(Locale.ROOT) : fromExtension();
        RDFFormat fmt = FORMATS.get(name);
        if (fmt == null) {
            throw new ParameterException(spec.commandLine(), "--format: unknown format '" + name + "'");
        }
        if (graph == null && !name.equals("trig") && !name.equals("nq")) {
            throw new ParameterException(spec.commandLine(), "the whole store keeps named graphs: use trig or nq, "
                    + "or name one graph with --graph");
        }
        boolean ok = false;
        try {
            try (Tdb2Store store = Stores.existing(db);
                 OutputStream out = Outputs.open(output, spec.commandLine().getOut())) {
                if (graph != null && !store.graphs().contains(graph)) {
                    throw new StoreException(db + ": no graph " + graph);
                }
                store.export(graph, fmt, out);
            }
            ok = true;
        } finally {
            Outputs.commit(output, ok);
        }
        return ExitCodes.OK;
    }

    private Integer eventTable() throws IOException, StoreException {
        if ((db == null) == (data == null)) {
            throw new ParameterException(spec.commandLine(), "--events reads a store (--db) or files (--data): give one");
        }
        if (graph != null || format != null || output != null) {
            throw new ParameterException(spec.commandLine(), "--events writes CSV to its own file: "
                    + "--graph, --format and -o do not apply");
        }
        Path target = events.toString().equals("-") ? null : events;
        boolean ok = false;
        long rows;
        try {
            try (OutputStream out = Outputs.open(target, spec.commandLine().getOut())) {
                if (db != null) {
                    try (Tdb2Store store = Stores.existing(db)) {
                        rows = EventTable.write(store.dataset(), out);
                    }
                } else {
                    Dataset ds = DataFiles.read(data);
                    rows = EventTable.write(ds, out);
                }
            }
            ok = true;
        } finally {
            Outputs.commit(target, ok);
        }
        if (target != null) {
            spec.commandLine().getErr().println("dipkg: " + rows + " events written to " + target);
        }
        return ExitCodes.OK;
    }

    private String fromExtension() {
        if (output == null) {
            return graph == null ? "trig" : "turtle";
        }
        String f = output.toString().toLowerCase(Locale.ROOT);
        for (var e : Map.of(".ttl", "turtle", ".trig", "trig", ".nt", "nt", ".nq", "nq", ".jsonld", "jsonld",
                ".rdf", "rdfxml").entrySet()) {
            if (f.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return graph == null ? "trig" : "turtle";
    }
}
