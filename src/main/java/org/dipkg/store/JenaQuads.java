package org.dipkg.store;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/** Copies an RDF4J model (the converter's output) into a Jena dataset, graph for graph. */
public final class JenaQuads {
    private JenaQuads() {
    }

    public static void addTo(Model m, DatasetGraph target) {
        for (Statement s : m) {
            Node g = s.getContext() == null ? Quad.defaultGraphIRI : node(s.getContext());
            target.add(Quad.create(g, node(s.getSubject()), node(s.getPredicate()), node(s.getObject())));
        }
    }

    static Node node(Value v) {
        if (v instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (v instanceof BNode b) {
            return NodeFactory.createBlankNode(b.getID());
        }
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        }
        if (l.getDatatype() == null || XSD.STRING.equals(l.getDatatype()) || RDF.LANGSTRING.equals(l.getDatatype())) {
            return NodeFactory.createLiteralString(l.getLabel());
        }
        return NodeFactory.createLiteralDT(l.getLabel(),
                TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
