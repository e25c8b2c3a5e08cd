package org.dipkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dipkg.rdf.DIP;
import org.dipkg.serve.EntityView.Evidence;
import org.dipkg.serve.EntityView.Fact;

/**
 * An entity's description read from a graph (the union of the article graphs):
 * as RDF, the triples with the entity as subject, those of blank nodes it points
 * to, and at most {@code incomingLimit} triples pointing to it; as an
 * {@link EntityView} for the HTML page.
 *
 * <pre>
 *   Optional&lt;EntityDescription&gt; d = EntityDescription.read(unionGraph, iri, 100);
 * </pre>
 */
final class EntityDescription {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node EVIDENCE = node(DIP.EVIDENCE_PROP.stringValue());

    private final Model rdf;
    private final EntityView view;

    private EntityDescription(Model rdf, EntityView view) {
        this.rdf = rdf;
        this.view = view;
    }

    public Model rdf() {
        return rdf;
    }

    public EntityView view() {
        return view;
    }

    /** Empty when the graph neither describes nor mentions the IRI. */
    static Optional<EntityDescription> read(Graph graph, String iri, int incomingLimit) {
        Node entity = node(iri);
        List<Triple> out = graph.find(entity, Node.ANY, Node.ANY).toList();
        List<Triple> in = take(graph.find(Node.ANY, Node.ANY, entity), incomingLimit + 1);
        if (out.isEmpty() && in.isEmpty()) {
            return Optional.empty();
        }
        boolean moreIncoming = in.size() > incomingLimit;
        if (moreIncoming) {
            in = in.subList(0, incomingLimit);
        }
        Graph description = GraphFactory.createDefaultGraph();
        out.forEach(description::add);
        out.stream().map(Triple::getObject).filter(Node::isBlank)
                .forEach(b -> graph.find(b, Node.ANY, Node.ANY).forEach(description::add));
        in.forEach(description::add);
        return Optional.of(new EntityDescription(ModelFactory.createModelForGraph(description),
                view(graph, entity, out, in, moreIncoming)));
    }

    private static EntityView view(Graph graph, Node entity, List<Triple> out, List<Triple> in, boolean more) {
        Terms terms = new Terms(graph);
        String label = terms.label(entity).orElse(Terms.shortName(entity.getURI()));
        List<EntityView.Term> types = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Triple t : out) {
            Node p = t.getPredicate();
            if (p.equals(TYPE)) {
                types.add(terms.name(t.getObject()));
            } else if (p.equals(EVIDENCE)) {
                terms.evidence(t.getObject()).ifPresent(evidence::add);
            } else if (!p.equals(LABEL)) {
                facts.add(new Fact(terms.name(p), terms.value(t.getObject())));
            }
        }
        List<Fact> incoming = in.stream()
                .map(t -> new Fact(terms.name(t.getPredicate()), terms.value(t.getSubject()))).toList();
        types.sort(Comparator.comparing(EntityView.Term::text));
        facts.sort(Comparator.comparing((Fact f) -> f.property().text()).thenComparing(f -> f.value().text()));
        evidence.sort(Comparator.comparing((Evidence e) -> e.article() == null ? "" : e.article().text())
                .thenComparing(Evidence::sentence));
        return new EntityView(entity.getURI(), label, types, facts, evidence, incoming, more);
    }

    private static List<Triple> take(ExtendedIterator<Triple> it, int n) {
        try {
            List<Triple> list = new ArrayList<>();
            while (list.size() < n && it.hasNext()) {
                list.add(it.next());
            }
            return list;
        } finally {
            it.close();
        }
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
