package org.dipkg.serve;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Answers {@code GET BASE id/PATH} for the entity {@code https://w3id.org/dipkg/id/PATH}
 * with its description from the union graph, as RDF (with the canonical IRIs) or
 * as an HTML page, by content negotiation. 400 for a path that is not a safe
 * entity path, 404 for an IRI the data does not mention.
 */
final class EntityServlet extends HttpServlet {
    static final String PREFIX = "/id/";
    static final int INCOMING_LIMIT = 100;

    private final transient DatasetGraph dataset;
    private final String base;

    /** @param base the public base, or null for the server's own address */
    EntityServlet(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = HttpIO.rawPath(request);
        Optional<String> iri = path.startsWith(PREFIX)
                ? ServedIris.entityIri(path.substring(PREFIX.length()))
                : Optional.empty();
        if (iri.isEmpty()) {
            HttpIO.text(response, HttpServletResponse.SC_BAD_REQUEST, "Not an entity path: " + path);
            return;
        }
        Optional<EntityDescription> description = Txn.calculateRead(dataset,
                () -> EntityDescription.read(dataset.getUnionGraph(), iri.get(), INCOMING_LIMIT));
        Optional<RdfFormat> format = HttpIO.chooseRdf(request, true);
        ServedIris iris = HttpIO.iris(base, request);
        if (description.isEmpty()) {
            String message = "Nothing is known about <" + iri.get() + ">.";
            if (format.isPresent()) {
                HttpIO.text(response, HttpServletResponse.SC_NOT_FOUND, message);
            } else {
                HttpIO.html(response, HttpServletResponse.SC_NOT_FOUND,
                        Html.page(iris, "Not found", "<h1>Not found</h1>\n<p>" + Html.escape(message) + "</p>\n"));
            }
            return;
        }
        if (format.isPresent()) {
            HttpIO.rdf(response, description.get().rdf(), format.get());
        } else {
            HttpIO.html(response, HttpServletResponse.SC_OK, EntityPage.render(description.get().view(), iris));
        }
    }
}
