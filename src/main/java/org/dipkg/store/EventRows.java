package org.dipkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.rdf4j.model.IRI;

import org.dipkg.rdf.DIP;

/** The cells of the {@linkplain EventTable event table}, read from a model of the graph. */
final class EventRows {
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final String OA = "http://www.w3.org/ns/oa#";

    /** The kinds of fact that are events, in the order rows give them. */
    enum Type {
        MEETING(DIP.MEETING), STATEMENT(DIP.STATEMENT), DEMAND(DIP.DEMAND), POSITION(DIP.POSITION);

        private final IRI iri;

        Type(IRI iri) {
            this.iri = iri;
        }

        String iri() {
            return iri.stringValue();
        }
    }

    private final Model m;
    private final Map<Resource, List<String>> actors = new HashMap<>();

    EventRows(Model m) {
        this.m = m;
    }

    private Property p(IRI iri) {
        return m.createProperty(iri.stringValue());
    }

    /** Article, kind of fact, then the fact's number: the order of the article's graph. */
    String sortKey(Resource event) {
        String iri = event.getURI();
        String[] parts = iri.split("/");
        String n = parts[parts.length - 1];
        String number = n.matches("[0-9]{1,9}") ? "%09d".formatted(Integer.parseInt(n)) : n;
        return article(event).map(Resource::getURI).orElse("") + "\u0000" + type(event).ordinal() + number + iri;
    }

    List<String> row(Resource event) {
        Type type = type(event);
        Optional<Resource> article = article(event);
        List<Resource> pair = pair(event, type);
        List<String> cells = new ArrayList<>();
        cells.add(event.getURI());
        cells.add(type.name().toLowerCase(Locale.ROOT));
        cells.add(text(event, p(DIP.DATE)));
        cells.add(article.map(a -> text(a, p(DIP.PUBLISHED))).orElse(""));
        cells.addAll(actor(pair.get(0)));
        cells.addAll(actor(pair.get(1)));
        cells.add(others(event, type, pair));
        Optional<Resource> cameo = resource(event, p(DIP.CAMEO_CODE));
        cells.add(cameo.map(c -> text(c, SKOS.notation)).orElse(""));
        cells.add(cameo.map(c -> text(c, SKOS.prefLabel)).orElse(""));
        cells.add(resource(event, p(DIP.PLOVER_TYPE)).map(c -> text(c, SKOS.notation)).orElse(""));
        Optional<Resource> place = resource(event, p(DIP.PLACE_PROP));
        cells.add(place.map(r -> text(r, RDFS.label)).orElse(""));
        cells.add(place.map(this::wikidata).orElse(""));
        cells.add(text(event, p(DIP.PLANNED)));
        cells.add(article.map(a -> text(a, p(DIP.ARTICLE_ID))).orElse(""));
        cells.add(article.map(a -> text(a, p(DIP.SOURCE_URL))).orElse(""));
        cells.add(evidence(event));
        return cells;
    }

    private Type type(Resource event) {
        for (Type t : Type.values()) {
            if (event.hasProperty(RDF.type, m.createResource(t.iri()))) {
                return t;
            }
        }
        throw new IllegalArgumentException(event + " is no event");
    }

    private Optional<Resource> article(Resource event) {
        return resource(event, p(DIP.EXTRACTED_FROM));
    }

    /** Actor 1 and actor 2, either possibly null. */
    private List<Resource> pair(Resource event, Type type) {
        List<Resource> out = new ArrayList<>();
        switch (type) {
            case MEETING -> {
                List<Resource> all = participants(event);
                Resource first = resource(event, p(DIP.SOURCE_ACTOR)).orElse(all.isEmpty() ? null : all.get(0));
                out.add(first);
                out.add(resource(event, p(DIP.TARGET_ACTOR)).orElse(all.stream().filter(a -> !a.equals(first))
                        .findFirst().orElse(null)));
            }
            case STATEMENT -> {
                out.add(resource(event, p(DIP.SPEAKER)).orElse(null));
                out.add(null);
            }
            case DEMAND -> {
                out.add(resource(event, p(DIP.DEMANDER)).orElse(null));
                out.add(resource(event, p(DIP.ADDRESSEE)).orElse(null));
            }
            case POSITION -> {
                out.add(resource(event, p(DIP.HOLDER)).orElse(null));
                out.add(null);
            }
        }
        return out;
    }

    private List<Resource> participants(Resource event) {
        return m.listObjectsOfProperty(event, p(DIP.PARTICIPANT)).filterKeep(RDFNode::isURIResource)
                .mapWith(RDFNode::asResource).toList().stream()
                .sorted(Comparator.comparing((Resource a) -> text(a, RDFS.label)).thenComparing(Resource::getURI))
                .toList();
    }

    private String others(Resource event, Type type, List<Resource> pair) {
        if (type != Type.MEETING) {
            return "";
        }
        return String.join("; ", participants(event).stream().filter(a -> !pair.contains(a))
                .map(a -> text(a, RDFS.label)).toList());
    }

    /** Label, kind, country and Wikidata QID of an actor; empty cells for none. */
    private List<String> actor(Resource a) {
        if (a == null) {
            return List.of("", "", "", "");
        }
        return actors.computeIfAbsent(a, x -> List.of(text(x, RDFS.label), kind(x), country(x), wikidata(x)));
    }

    private String kind(Resource a) {
        TreeSet<String> kinds = new TreeSet<>();
        m.listObjectsOfProperty(a, RDF.type).forEachRemaining(t -> {
            if (t.isURIResource() && t.asResource().getURI().startsWith(DIP.NAMESPACE)) {
                kinds.add(t.asResource().getLocalName());
            }
        });
        return kinds.isEmpty() ? "" : kinds.first();
    }

    /** A country's own name; a person's, the country of a post they hold. */
    private String country(Resource a) {
        Resource countryClass = m.createResource(DIP.COUNTRY.stringValue());
        if (a.hasProperty(RDF.type, countryClass)) {
            return text(a, RDFS.label);
        }
        Set<String> names = new TreeSet<>();
        m.listObjectsOfProperty(a, p(DIP.HOLDS)).filterKeep(RDFNode::isResource).forEachRemaining(post ->
                m.listObjectsOfProperty(post.asResource(), p(DIP.POST_IN)).filterKeep(RDFNode::isResource)
                        .mapWith(RDFNode::asResource).filterKeep(o -> o.hasProperty(RDF.type, countryClass))
                        .forEachRemaining(c -> names.add(text(c, RDFS.label))));
        return names.isEmpty() ? "" : names.iterator().next();
    }

    private String wikidata(Resource r) {
        return m.listObjectsOfProperty(r, OWL.sameAs).filterKeep(RDFNode::isURIResource)
                .mapWith(o -> o.asResource().getURI()).filterKeep(u -> u.startsWith(WIKIDATA))
                .mapWith(u -> u.substring(WIKIDATA.length())).toList().stream().sorted().findFirst().orElse("");
    }

    /** The sentence of the evidence that comes first in the article. */
    private String evidence(Resource event) {
        Property start = m.createProperty(OA, "start");
        return m.listObjectsOfProperty(event, p(DIP.EVIDENCE_PROP)).filterKeep(RDFNode::isResource)
                .mapWith(RDFNode::asResource).toList().stream()
                .min(Comparator.comparingLong((Resource e) -> number(text(e, start))).thenComparing(Resource::getURI))
                .map(e -> text(e, p(DIP.SENTENCE_TEXT))).orElse("");
    }

    private static long number(String s) {
        return s.matches("[0-9]{1,18}") ? Long.parseLong(s) : Long.MAX_VALUE;
    }

    private Optional<Resource> resource(Resource s, Property p) {
        return m.listObjectsOfProperty(s, p).filterKeep(RDFNode::isResource).mapWith(RDFNode::asResource)
                .toList().stream().min(Comparator.comparing(Resource::toString));
    }

    /** The lexical form of a literal value (the least, if several), or empty. */
    private String text(Resource s, Property p) {
        return m.listStatements(s, p, (RDFNode) null).mapWith(Statement::getObject).filterKeep(RDFNode::isLiteral)
                .mapWith(o -> o.asLiteral().getLexicalForm()).toList().stream().sorted().findFirst().orElse("");
    }
}
