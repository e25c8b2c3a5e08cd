package org.dipkg.serve;

import static org.dipkg.serve.Html.escape;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page of the ontology: each class, property and individual of its namespace
 * with its label and comment, anchored by local name so that
 * {@code BASE ontology#Term} lands on the term.
 */
final class OntologyPage {
    private static final Set<Resource> CLASS_TYPES = Set.of(OWL.Class, RDFS.Class);
    private static final Set<Resource> PROPERTY_TYPES = Set.of(
            OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);
    private static final Set<Resource> INDIVIDUAL_TYPES = Set.of(OWL2.NamedIndividual);

    private OntologyPage() {
    }

    static String render(Model ontology, String namespace, ServedIris iris) {
        StringBuilder body = new StringBuilder();
        Resource root = ontology.createResource(ServedIris.ONTOLOGY);
        String title = text(root, DCTerms.title).orElse(text(root, RDFS.label).orElse("dipkg ontology"));
        body.append("<h1>").append(escape(title)).append("</h1>\n");
        text(root, RDFS.comment).or(() -> text(root, DCTerms.description))
                .ifPresent(c -> body.append("<p>").append(escape(c)).append("</p>\n"));
        body.append("<p class=\"iri\"><code>").append(escape(namespace)).append("</code></p>\n");
        section(body, "Classes", terms(ontology, namespace, CLASS_TYPES), iris);
        section(body, "Properties", terms(ontology, namespace, PROPERTY_TYPES), iris);
        section(body, "Individuals", terms(ontology, namespace, INDIVIDUAL_TYPES), iris);
        ontology.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI))
                .forEach(scheme -> codes(body, ontology, scheme));
        body.append("<p class=\"formats\">The ontology as ");
        for (RdfFormat f : RdfFormat.values()) {
            body.append(Html.link("?format=" + f.shortName(), f.lang().getLabel())).append(' ');
        }
        body.append("</p>\n");
        return Html.page(iris, title, body.toString());
    }

    private static List<Resource> terms(Model ontology, String namespace, Set<Resource> types) {
        return types.stream()
                .flatMap(type -> ontology.listResourcesWithProperty(RDF.type, type).toList().stream())
                .filter(r -> r.isURIResource() && r.getURI().startsWith(namespace))
                .distinct()
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
    }

    private static void section(StringBuilder body, String heading, List<Resource> terms, ServedIris iris) {
        if (terms.isEmpty()) {
            return;
        }
        body.append("<h2>").append(heading).append("</h2>\n<dl class=\"terms\">\n");
        for (Resource term : terms) {
            String local = term.getLocalName();
            body.append("<dt id=\"").append(escape(local)).append("\">")
                    .append(Html.link(iris.served(term.getURI()), "dip:" + local));
            text(term, RDFS.label).ifPresent(l -> body.append(" <span class=\"label\">")
                    .append(escape(l)).append("</span>"));
            body.append("</dt>\n<dd>");
            text(term, RDFS.comment).ifPresent(c -> body.append(escape(c)));
            body.append("</dd>\n");
        }
        body.append("</dl>\n");
    }

    /** A concept scheme's codes, by notation, each anchored as SCHEME-NOTATION ({@code cameo-042}). */
    private static void codes(StringBuilder body, Model ontology, Resource scheme) {
        String name = scheme.getURI().substring(scheme.getURI().lastIndexOf('/') + 1);
        body.append("<h2 id=\"").append(escape(name)).append("\">")
                .append(escape(text(scheme, SKOS.prefLabel).orElse(name))).append("</h2>\n<p class=\"iri\"><code>")
                .append(escape(scheme.getURI())).append("/…</code></p>\n<dl class=\"terms\">\n");
        List<Resource> concepts = ontology.listResourcesWithProperty(SKOS.inScheme, scheme).toList().stream()
                .sorted(Comparator.comparing((Resource c) -> text(c, SKOS.notation).orElse(c.getURI()))).toList();
        for (Resource c : concepts) {
            String notation = text(c, SKOS.notation).orElse("");
            body.append("<dt id=\"").append(escape(name + "-" + notation)).append("\"><code>")
                    .append(escape(notation)).append("</code> <span class=\"label\">")
                    .append(escape(text(c, SKOS.prefLabel).orElse(""))).append("</span></dt>\n<dd>");
            body.append(escape(String.join("; ", java.util.stream.Stream.of(related(c, SKOS.broader, "under "),
                    related(c, SKOS.closeMatch, "close match ")).flatMap(Optional::stream).toList())));
            body.append("</dd>\n");
        }
        body.append("</dl>\n");
    }

    /** "under 04": the notations of the concepts a concept links to by p, if any. */
    private static Optional<String> related(Resource concept, Property p, String lead) {
        List<String> notations = concept.listProperties(p).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isResource).map(o -> text(o.asResource(), SKOS.notation).orElse(o.toString()))
                .sorted().toList();
        return notations.isEmpty() ? Optional.empty() : Optional.of(lead + String.join(", ", notations));
    }

    private static Optional<String> text(Resource subject, Property p) {
        return subject.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLexicalForm())
                .findFirst();
    }
}
