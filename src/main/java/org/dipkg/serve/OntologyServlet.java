package org.dipkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dipkg.rdf.DIP;

/**
 * Answers {@code GET BASE ontology}, where the terms
 * {@code https://w3id.org/dipkg/ontology#Term} are served, with the ontology
 * read once from the classpath: RDF or an HTML page by content negotiation.
 */
final class OntologyServlet extends HttpServlet {
    private final transient Model ontology;
    private final String base;

    private OntologyServlet(Model ontology, String base) {
        this.ontology = ontology;
        this.base = base;
    }

    /**
     * @param resource classpath resource of the ontology in Turtle; a missing one gives 404s
     * @param codes classpath resource of the event codes served with it (SKOS, Turtle), if present
     * @param base the public base, or null for the server's own address
     */
    static OntologyServlet fromClasspath(String resource, String codes, String base) {
        Model ontology = load(resource);
        Model schemes = load(codes);
        if (ontology != null && schemes != null) {
            ontology.add(schemes);
        }
        return new OntologyServlet(ontology, base);
    }

    /** The ontology, with prefixes of its own so that writing it never changes it; null if missing. */
    static Model load(String resource) {
        try (InputStream in = OntologyServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(ServedIris.ONTOLOGY).parse(model);
            if (model.numPrefixes() == 0) {
                model.setNsPrefixes(Namespaces.usedIn(model));
            }
            return model;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the ontology " + resource, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ontology == null) {
            HttpIO.text(response, HttpServletResponse.SC_NOT_FOUND, "The ontology is not available on this server.");
            return;
        }
        Optional<RdfFormat> format = HttpIO.chooseRdf(request, true);
        if (format.isPresent()) {
            HttpIO.rdf(response, ontology, format.get());
        } else {
            HttpIO.html(response, HttpServletResponse.SC_OK,
                    OntologyPage.render(ontology, DIP.NAMESPACE, HttpIO.iris(base, request)));
        }
    }
}
