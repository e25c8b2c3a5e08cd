package org.dipkg.serve;

import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;
import org.dipkg.rdf.DIP;
import org.dipkg.serve.EntityView.Evidence;
import org.dipkg.serve.EntityView.Term;

/** Turns nodes of a graph into what a page shows: names, labels, values and evidence. */
final class Terms {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node HEADLINE = EntityDescription.node(DIP.HEADLINE.stringValue());
    private static final Node SENTENCE_TEXT = EntityDescription.node(DIP.SENTENCE_TEXT.stringValue());
    private static final Node IN_ARTICLE = EntityDescription.node(DIP.IN_ARTICLE.stringValue());

    private final Graph graph;

    Terms(Graph graph) {
        this.graph = graph;
    }

    /** A vocabulary term shown by its prefixed name. */
    Term name(Node node) {
        return node.isURI() ? new Term(node.getURI(), Namespaces.compact(node.getURI()), "") : value(node);
    }

    /**
     * A value: an IRI shown by its label when it has one, a web address to link, or
     * a literal with its datatype or language.
     */
    Term value(Node node) {
        if (node.isURI()) {
            return new Term(node.getURI(), label(node).orElse(shortName(node.getURI())), "");
        }
        if (node.isLiteral() && isWebAddress(node)) {
            return new Term(node.getLiteralLexicalForm(), node.getLiteralLexicalForm(), "");
        }
        if (node.isLiteral()) {
            String note = !node.getLiteralLanguage().isEmpty() ? "@" + node.getLiteralLanguage()
                    : node.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI()) ? ""
                    : Namespaces.compact(node.getLiteralDatatypeURI());
            return new Term(null, node.getLiteralLexicalForm(), note);
        }
        return new Term(null, "(blank node)", "");
    }

    /** An xsd:anyURI literal holding an http(s) address, such as an article's source URL. */
    private static boolean isWebAddress(Node literal) {
        String lexical = literal.getLiteralLexicalForm();
        return literal.getLiteralDatatypeURI().equals(XSDDatatype.XSDanyURI.getURI())
                && (lexical.startsWith("http://") || lexical.startsWith("https://"));
    }

    /** An entity IRI by its path under the id namespace, any other by its prefixed name. */
    static String shortName(String iri) {
        return iri.startsWith(DIP.ID) ? iri.substring(DIP.ID.length()) : Namespaces.compact(iri);
    }

    /** The node's rdfs:label, or an article's headline. */
    Optional<String> label(Node node) {
        Optional<String> label = firstLiteral(node, LABEL);
        return label.isPresent() ? label : firstLiteral(node, HEADLINE);
    }

    /** The sentence an evidence node quotes and its article, if it quotes one. */
    Optional<Evidence> evidence(Node node) {
        return firstLiteral(node, SENTENCE_TEXT).map(sentence -> new Evidence(sentence,
                first(node, IN_ARTICLE).filter(Node::isURI).map(this::value).orElse(null)));
    }

    private Optional<String> firstLiteral(Node subject, Node predicate) {
        return first(subject, predicate).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private Optional<Node> first(Node subject, Node predicate) {
        ExtendedIterator<Node> it = graph.find(subject, predicate, Node.ANY).mapWith(t -> t.getObject());
        try {
            return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
        } finally {
            it.close();
        }
    }
}
