package org.dipkg.rdf;

import java.io.OutputStream;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * Writes statements with RDF4J Rio, streaming: open, write one article's model after
 * another, close. Turtle and TriG are pretty-printed with prefixes; formats without
 * named graphs drop the graph.
 *
 * <pre>
 *   try (RdfOutput out = RdfOutput.open(stream, OutputFormat.TRIG)) { out.write(model); }
 * </pre>
 */
public final class RdfOutput implements AutoCloseable {
    private final RDFWriter writer;
    private final OutputFormat format;
    private final Model prefixes;

    private RdfOutput(RDFWriter writer, OutputFormat format) {
        this.writer = writer;
        this.format = format;
        this.prefixes = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
        Namespaces.addTo(prefixes);
    }

    public static RdfOutput open(OutputStream out, OutputFormat format) {
        RDFWriter w = Rio.createWriter(format.rio(), out);
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        RdfOutput o = new RdfOutput(w, format);
        w.startRDF();
        for (Namespace ns : o.prefixes.getNamespaces()) {
            w.handleNamespace(ns.getPrefix(), ns.getName());
        }
        return o;
    }

    public void write(Model m) {
        for (Statement s : m) {
            writer.handleStatement(format.hasGraphs() ? s
                    : org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance()
                    .createStatement(s.getSubject(), s.getPredicate(), s.getObject()));
        }
    }

    @Override
    public void close() {
        writer.endRDF();
    }
}
