package org.dipkg.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * The RDF syntaxes the linked-data routes write, each with its media type, the
 * short name accepted by the {@code format} request parameter and its
 * {@code http://www.w3.org/ns/formats/} IRI.
 */
public enum RdfFormat {
    TURTLE("text/turtle", "ttl", Lang.TURTLE, "Turtle"),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, "JSON-LD"),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, "N-Triples"),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, "RDF_XML");

    /** Namespace of the W3C format identifiers. */
    public static final String FORMATS_NS = "http://www.w3.org/ns/formats/";

    private final String mediaType;
    private final String shortName;
    private final Lang lang;
    private final String formatName;

    RdfFormat(String mediaType, String shortName, Lang lang, String formatName) {
        this.mediaType = mediaType;
        this.shortName = shortName;
        this.lang = lang;
        this.formatName = formatName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String shortName() {
        return shortName;
    }

    public Lang lang() {
        return lang;
    }

    /** The W3C identifier of this format, e.g. {@code http://www.w3.org/ns/formats/Turtle}. */
    public String formatIri() {
        return FORMATS_NS + formatName;
    }

    /** Media types in order of preference, Turtle first. */
    public static List<String> mediaTypes() {
        return Arrays.stream(values()).map(RdfFormat::mediaType).toList();
    }

    public static Optional<RdfFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }

    public static Optional<RdfFormat> ofShortName(String shortName) {
        return Arrays.stream(values()).filter(f -> f.shortName.equals(shortName)).findFirst();
    }
}
