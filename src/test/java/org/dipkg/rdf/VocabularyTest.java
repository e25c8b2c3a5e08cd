package org.dipkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.eclipse.rdf4j.model.IRI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks ontology/dipkg.ttl against the constants of {@link DIP}. */
class VocabularyTest {

    private static final Path ONTOLOGY = Path.of("ontology/dipkg.ttl");
    private static final String ONTOLOGY_IRI = "https://w3id.org/dipkg/ontology";
    private static final String VANN = "http://purl.org/vocab/vann/";

    private static final Set<Resource> TERM_KINDS = Set.of(
            OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.NamedIndividual);

    private static Model ontology;
    /** Constant name to term IRI, for every public static IRI field of DIP. */
    private static Map<String, String> constants;

    @BeforeAll
    static void load() throws IllegalAccessException {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        constants = new TreeMap<>();
        for (Field field : DIP.class.getDeclaredFields()) {
            int mods = field.getModifiers();
            if (Modifier.isPublic(mods) && Modifier.isStatic(mods) && field.getType() == IRI.class) {
                constants.put(field.getName(), field.get(null).toString());
            }
        }
    }

    private static Resource term(String iri) {
        return ontology.createResource(iri);
    }

    private static Set<Resource> kinds(Resource term) {
        return ontology.listObjectsOfProperty(term, RDF.type).toList().stream()
                .filter(RDFNode::isURIResource)
                .map(RDFNode::asResource)
                .filter(TERM_KINDS::contains)
                .collect(Collectors.toSet());
    }

    private static boolean hasEnglishLiteral(Resource subject, Property property) {
        return ontology.listObjectsOfProperty(subject, property).toList().stream()
                .anyMatch(o -> o.isLiteral()
                        && "en".equals(o.asLiteral().getLanguage())
                        && !o.asLiteral().getLexicalForm().isBlank());
    }

    @Test
    void reflectionFindsTheConstants() {
        assertThat(constants).hasSize(62)
                .containsEntry("PLACE", DIP.NAMESPACE + "Place")
                .containsEntry("PLACE_PROP", DIP.NAMESPACE + "place")
                .containsEntry("EVIDENCE", DIP.NAMESPACE + "Evidence")
                .containsEntry("EVIDENCE_PROP", DIP.NAMESPACE + "evidence")
                .doesNotContainKeys("NAMESPACE", "PREFIX", "NS", "ID", "GRAPH");
        assertThat(constants.values()).allMatch(iri -> iri.startsWith(DIP.NAMESPACE));
        assertThat(new TreeSet<>(constants.values())).hasSameSizeAs(constants.values());
    }

    @Test
    void everyConstantIsDeclaredWithTypeLabelAndComment() {
        constants.forEach((name, iri) -> {
            Resource term = term(iri);
            assertThat(kinds(term)).as("OWL type of %s (%s)", name, iri).hasSize(1);
            assertThat(hasEnglishLiteral(term, RDFS.label)).as("rdfs:label@en of %s", iri).isTrue();
            assertThat(hasEnglishLiteral(term, RDFS.comment)).as("rdfs:comment@en of %s", iri).isTrue();
            assertThat(ontology.contains(term, RDFS.isDefinedBy, term(ONTOLOGY_IRI)))
                    .as("rdfs:isDefinedBy of %s", iri).isTrue();
        });
    }

    @Test
    void kindFollowsTheLocalName() {
        constants.forEach((name, iri) -> {
            String local = iri.substring(DIP.NAMESPACE.length());
            Set<Resource> kinds = kinds(term(iri));
            if (Character.isUpperCase(local.charAt(0))) {
                assertThat(kinds).as("kind of %s", iri).containsAnyOf(OWL2.Class, OWL2.NamedIndividual);
            } else {
                assertThat(kinds).as("kind of %s", iri).containsAnyOf(OWL2.ObjectProperty, OWL2.DatatypeProperty);
            }
        });
    }

    @Test
    void theOntologyDeclaresNoTermWithoutAConstant() {
        Set<String> known = new TreeSet<>(constants.values());
        Set<String> used = new TreeSet<>();
        ontology.listStatements().forEach(st -> {
            addIfDip(used, st.getSubject());
            addIfDip(used, st.getPredicate());
            addIfDip(used, st.getObject());
        });
        assertThat(used).isEqualTo(known);
    }

    private static void addIfDip(Set<String> into, RDFNode node) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(DIP.NAMESPACE)) {
            into.add(node.asResource().getURI());
        }
    }

    @Test
    void termCountsByKind() {
        Map<String, Long> counts = constants.values().stream()
                .map(iri -> kinds(term(iri)).iterator().next().getLocalName())
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Class", 24L,
                "NamedIndividual", 3L,
                "ObjectProperty", 18L,
                "DatatypeProperty", 17L));
    }

    @Test
    void headerCarriesTheMetadata() {
        Resource header = term(ONTOLOGY_IRI);
        assertThat(ontology.contains(header, RDF.type, OWL2.Ontology)).isTrue();
        assertThat(ontology.contains(header, OWL2.versionIRI, term(ONTOLOGY_IRI + "/0.1.0"))).isTrue();
        assertThat(literal(header, OWL2.versionInfo).getLexicalForm()).isEqualTo("0.1.0");
        assertThat(hasEnglishLiteral(header, DCTerms.title)).isTrue();
        assertThat(hasEnglishLiteral(header, DCTerms.description)).isTrue();
        assertThat(ontology.contains(header, DCTerms.license,
                term("https://creativecommons.org/licenses/by/4.0/"))).isTrue();
        assertThat(literal(header, DCTerms.creator).getLexicalForm()).isEqualTo("dipkg project");
        Literal created = literal(header, DCTerms.created);
        assertThat(created.getLexicalForm()).isEqualTo("2026-11-28");
        assertThat(created.getDatatypeURI()).isEqualTo(XSD.date.getURI());
        assertThat(literal(header, ontology.createProperty(VANN, "preferredNamespacePrefix")).getLexicalForm())
                .isEqualTo(DIP.PREFIX);
        assertThat(literal(header, ontology.createProperty(VANN, "preferredNamespaceUri")).getLexicalForm())
                .isEqualTo(DIP.NAMESPACE);
    }

    private static Literal literal(Resource subject, Property property) {
        List<RDFNode> values = ontology.listObjectsOfProperty(subject, property).toList();
        assertThat(values).as("values of %s", property).hasSize(1);
        assertThat(values.get(0).isLiteral()).as("%s is a literal", property).isTrue();
        return values.get(0).asLiteral();
    }

    @Test
    void classHierarchy() {
        assertSubClass(DIP.PERSON, DIP.ACTOR);
        assertSubClass(DIP.COUNTRY, DIP.ACTOR);
        assertSubClass(DIP.ORGANIZATION, DIP.ACTOR);
        for (IRI org : List.of(DIP.INTERNATIONAL_ORGANIZATION, DIP.GOVERNMENT_BODY, DIP.MEDIA_ORGANIZATION)) {
            assertSubClass(org, DIP.ORGANIZATION);
        }
        for (IRI kind : List.of(DIP.TALKS, DIP.SUMMIT, DIP.PHONE_CALL, DIP.VIDEO_CONFERENCE, DIP.SESSION)) {
            assertSubClass(kind, DIP.MEETING);
        }
        assertSubClass(DIP.MEETING, DIP.EVENT);
        assertSubClass(DIP.MILITARY_DEPLOYMENT, DIP.EVENT);
        for (IRI individual : List.of(DIP.DATE_GIVEN, DIP.DATE_FROM_DATELINE, DIP.DATE_UNKNOWN)) {
            assertThat(ontology.contains(term(individual.toString()), RDF.type, term(DIP.DATE_SOURCE.toString())))
                    .as("%s is a date source", individual).isTrue();
        }
    }

    private static void assertSubClass(IRI sub, IRI sup) {
        assertThat(ontology.contains(term(sub.toString()), RDFS.subClassOf, term(sup.toString())))
                .as("%s subClassOf %s", sub, sup).isTrue();
    }

    @Test
    void alignments() {
        assertAligned(DIP.COUNTRY, RDFS.subClassOf, "http://schema.org/Country");
        assertAligned(DIP.COUNTRY, RDFS.subClassOf, "http://www.w3.org/ns/prov#Agent");
        assertAligned(DIP.PERSON, RDFS.subClassOf, "http://xmlns.com/foaf/0.1/Person");
        assertAligned(DIP.POST, RDFS.subClassOf, "http://www.w3.org/ns/org#Post");
        assertAligned(DIP.EVIDENCE, RDFS.subClassOf, "http://www.w3.org/ns/oa#TextPositionSelector");
        assertAligned(DIP.HOLDS, RDFS.subPropertyOf, "http://www.w3.org/ns/org#holds");
        assertAligned(DIP.HOLDS, OWL2.inverseOf, DIP.HELD_BY.toString());
        assertAligned(DIP.POST_IN, RDFS.subPropertyOf, "http://www.w3.org/ns/org#postIn");
        assertAligned(DIP.PARTICIPANT, RDFS.subPropertyOf, "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor");
        assertAligned(DIP.PARTICIPANT, RDFS.subPropertyOf, "http://schema.org/attendee");
        assertAligned(DIP.PLACE_PROP, RDFS.subPropertyOf, "http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace");
        assertAligned(DIP.SPEAKER, RDFS.subPropertyOf, "http://www.w3.org/ns/prov#wasAttributedTo");
        assertAligned(DIP.EXTRACTED_FROM, RDFS.subPropertyOf, "http://www.w3.org/ns/prov#wasDerivedFrom");
        assertAligned(DIP.IN_ARTICLE, RDFS.subPropertyOf, "http://www.w3.org/ns/oa#hasSource");
        assertAligned(DIP.HEADLINE, RDFS.subPropertyOf, "http://schema.org/headline");
        assertAligned(DIP.PUBLISHED, RDFS.subPropertyOf, "http://schema.org/datePublished");
        assertAligned(DIP.QUOTE, RDFS.subPropertyOf, "http://schema.org/text");
    }

    private static void assertAligned(IRI term, Property link, String target) {
        assertThat(ontology.contains(term(term.toString()), link, term(target)))
                .as("%s %s %s", term, link.getLocalName(), target).isTrue();
    }

    /**
     * Every class or property a dip term is linked to is declared with a matching OWL type,
     * so that object and datatype properties are never mixed up.
     */
    @Test
    void linkedTermsAreDeclaredWithMatchingKinds() {
        for (String iri : constants.values()) {
            Resource term = term(iri);
            Set<Resource> kinds = kinds(term);
            for (Statement st : ontology.listStatements(term, RDFS.subPropertyOf, (RDFNode) null).toList()) {
                Resource sup = st.getObject().asResource();
                assertThat(ontology.listObjectsOfProperty(sup, RDF.type).toList())
                        .as("type of %s, super-property of %s", sup, iri)
                        .containsAnyElementsOf(kinds);
            }
            for (Property link : Arrays.asList(RDFS.subClassOf, RDFS.domain)) {
                for (Statement st : ontology.listStatements(term, link, (RDFNode) null).toList()) {
                    Resource sup = st.getObject().asResource();
                    if (sup.isURIResource()) {
                        assertThat(ontology.contains(sup, RDF.type, OWL2.Class))
                                .as("%s is declared a class (%s of %s)", sup, link.getLocalName(), iri).isTrue();
                    }
                }
            }
            if (kinds.contains(OWL2.ObjectProperty)) {
                for (RDFNode range : ontology.listObjectsOfProperty(term, RDFS.range).toList()) {
                    assertThat(range.isAnon() || ontology.contains(range.asResource(), RDF.type, OWL2.Class))
                            .as("range of object property %s is a class", iri).isTrue();
                }
            }
            if (kinds.contains(OWL2.DatatypeProperty)) {
                for (RDFNode range : ontology.listObjectsOfProperty(term, RDFS.range).toList()) {
                    assertThat(range.isAnon() || range.asResource().getURI().startsWith(XSD.NS))
                            .as("range of datatype property %s is a datatype", iri).isTrue();
                }
            }
        }
    }
}
