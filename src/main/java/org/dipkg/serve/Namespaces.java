package org.dipkg.serve;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
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
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix(SD.PREFIX, SD.NS)
            .setNsPrefix("formats", RdfFormat.FORMATS_NS)
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .setNsPrefix("wdt", "http://www.wikidata.org/prop/direct/")
            .lock();

    private Namespaces() {
    }

    /** {@code dip:Meeting} for the IRI of dip:Meeting; the IRI itself when no prefix fits. */
    static String compact(String iri) {
        return PREFIXES.shortForm(iri);
    }
}
