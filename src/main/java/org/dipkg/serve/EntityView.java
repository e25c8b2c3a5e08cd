package org.dipkg.serve;

import java.util.List;

/**
 * What the HTML page of an entity shows: its label and types, its facts, the
 * sentences its evidence nodes quote with their articles, and a bounded list of
 * the entities that link to it.
 */
record EntityView(String iri, String label, List<Term> types, List<Fact> facts, List<Evidence> evidence,
        List<Fact> incoming, boolean moreIncoming) {

    /** An IRI to link ({@code iri} set) or a literal; {@code note} is a datatype or language tag. */
    record Term(String iri, String text, String note) {
        boolean isLink() {
            return iri != null;
        }
    }

    /** A property and the node at its other end. */
    record Fact(Term property, Term value) {
    }

    /** A sentence quoted as evidence and the article it comes from (null if not given). */
    record Evidence(String sentence, Term article) {
    }

    EntityView {
        types = List.copyOf(types);
        facts = List.copyOf(facts);
        evidence = List.copyOf(evidence);
        incoming = List.copyOf(incoming);
    }
}
