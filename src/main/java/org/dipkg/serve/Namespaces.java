package org.dipkg.serve;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.dipkg.rdf.DIP;

/** The prefixes used when writing RDF and when showing IRIs in pages. */
final class Namespaces {
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix(DIP.PREFIX, DIP.NAMESPACE)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix(SD.PREFIX, SD.NS)
            .setNsPrefix("formats", RdfFormat.FORMATS_NS)
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .setNsPrefix("wdt", "http://www.wikidata.org/prop/direct/")
            .lock();

    private Namespaces() {
    }

    /** The prefixes whose namespace some IRI of the model starts with. */
    static Map<String, String> usedIn(Model model) {
        Set<String> iris = new HashSet<>();
        model.getGraph().find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                } else if (n.isLiteral()) {
                    iris.add(n.getLiteralDatatypeURI());
                }
            }
        });
        Map<String, String> used = new TreeMap<>();
        PREFIXES.getNsPrefixMap().forEach((prefix, ns) -> {
            if (iris.stream().anyMatch(iri -> iri.startsWith(ns))) {
                used.put(prefix, ns);
            }
        });
        return used;
    }

    /** {@code dip:Meeting} for the IRI of dip:Meeting; the IRI itself when no prefix fits. */
    static String compact(String iri) {
        return PREFIXES.shortForm(iri);
    }
}
