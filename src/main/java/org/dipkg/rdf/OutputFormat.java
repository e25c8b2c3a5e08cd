package org.dipkg.rdf;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.rdf4j.rio.RDFFormat;

/** The RDF formats dipkg writes, by name and file extension. */
public enum OutputFormat {
    TURTLE("turtle", RDFFormat.TURTLE, "ttl"),
    TRIG("trig", RDFFormat.TRIG, "trig"),
    NT("nt", RDFFormat.NTRIPLES, "nt"),
    NQ("nq", RDFFormat.NQUADS, "nq"),
    JSONLD("jsonld", RDFFormat.JSONLD, "jsonld"),
    RDFXML("rdfxml", RDFFormat.RDFXML, "rdf");

    private final String name;
    private final RDFFormat rio;
    private final String extension;

    OutputFormat(String name, RDFFormat rio, String extension) {
        this.name = name;
        this.rio = rio;
        this.extension = extension;
    }

    public RDFFormat rio() {
        return rio;
    }

    public String formatName() {
        return name;
    }

    /** Formats that keep named graphs (one graph per article). */
    public boolean hasGraphs() {
        return rio.supportsContexts();
    }

    public static Optional<OutputFormat> byName(String n) {
        return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(n)).findFirst();
    }

    /** The format a file name's extension asks for: .ttl, .trig, .nt, .nq, .jsonld, .rdf/.owl/.xml. */
    public static Optional<OutputFormat> byFileName(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        if (f.endsWith(".xml") || f.endsWith(".owl") || f.endsWith(".rdf")) {
            return Optional.of(RDFXML);
        }
        if (f.endsWith(".json")) {
            return Optional.of(JSONLD);
        }
        return Arrays.stream(values()).filter(x -> f.endsWith("." + x.extension)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(OutputFormat::formatName).toList());
    }
}
