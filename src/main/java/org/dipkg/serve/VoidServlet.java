package org.dipkg.serve;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Answers {@code GET /.well-known/void} with the VoID description, Turtle unless asked otherwise. */
final class VoidServlet extends HttpServlet {
    static final String PATH = "/.well-known/void";

    private final transient DatasetGraph dataset;
    private final String base;

    /** @param base the public base, or null for the server's own address */
    VoidServlet(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        VoidStatistics stats = Txn.calculateRead(dataset, () -> VoidStatistics.of(dataset));
        RdfFormat format = HttpIO.chooseRdf(request, false).orElse(RdfFormat.TURTLE);
        HttpIO.rdf(response, VoidDescription.describe(stats, HttpIO.iris(base, request)), format);
    }
}
