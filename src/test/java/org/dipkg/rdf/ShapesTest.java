package org.dipkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Validates hand-written instance graphs against ontology/shapes.ttl. */
class ShapesTest {

    private static final Path SHAPES = Path.of("ontology/shapes.ttl");
    private static final Path ONTOLOGY = Path.of("ontology/dipkg.ttl");
    private static final String ID = DIP.ID;
    private static final String OA = "http://www.w3.org/ns/oa#";

    /** One instance of every class, written the way the converter writes them. */
    private static final String VALID = """
            @prefix dip:  <https://w3id.org/dipkg/ontology#> .
            @prefix id:   <https://w3id.org/dipkg/id/> .
            @prefix oa:   <http://www.w3.org/ns/oa#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .

            id:article-a1 a dip:Article ;
                dip:articleId "a1" ;
                dip:headline "Foreign ministers meet in Geneva" ;
                dip:published "2026-03-14"^^xsd:date ;
                dip:publishedDateSource dip:DateGiven ;
                dip:sourceUrl "https://news.example.org/2026/03/14/geneva"^^xsd:anyURI .

            id:article-a2 a dip:Article ;
                dip:articleId "a2" ;
                dip:publishedDateSource dip:DateUnknown .

            id:ev-1 a dip:Evidence ;
                oa:start "0"^^xsd:nonNegativeInteger ;
                oa:end "92"^^xsd:nonNegativeInteger ;
                dip:sentenceIndex 0 ;
                dip:sentenceText "Foreign Minister Anna Berg met her Ruritanian counterpart in Geneva on Friday for talks." ;
                dip:inArticle id:article-a1 .

            id:ev-2 a dip:Evidence ;
                oa:start "93"^^xsd:nonNegativeInteger ;
                oa:end "180"^^xsd:nonNegativeInteger ;
                dip:sentenceIndex 1 ;
                dip:sentenceText "\\"We are ready to talk,\\" Berg told reporters, but urged Ruritania to free the detained crew." ;
                dip:inArticle id:article-a1 .

            id:person-anna-berg a dip:Person ;
                rdfs:label "Anna Berg" ;
                skos:altLabel "Berg" ;
                dip:holds id:post-anna-berg-foreign-minister ;
                dip:evidence id:ev-1 .

            id:post-anna-berg-foreign-minister a dip:Post ;
                rdfs:label "Foreign Minister of Freedonia" ;
                dip:title "Foreign Minister" ;
                dip:heldBy id:person-anna-berg ;
                dip:postIn id:country-freedonia .

            id:country-freedonia a dip:Country ;
                rdfs:label "Freedonia" ;
                owl:sameAs <http://www.wikidata.org/entity/Q4167410> .

            id:country-ruritania a dip:Country ;
                rdfs:label "Ruritania" ;
                skos:altLabel "Ruritanian" , "Republic of Ruritania" .

            id:org-red-cross a dip:Organization ;
                rdfs:label "Red Cross" .

            id:org-un a dip:InternationalOrganization ;
                rdfs:label "United Nations" ;
                skos:altLabel "UN" ;
                owl:sameAs <http://www.wikidata.org/entity/Q1065> .

            id:org-ruritania-mfa a dip:GovernmentBody ;
                rdfs:label "Ruritanian Foreign Ministry" .

            id:org-daily-herald a dip:MediaOrganization ;
                rdfs:label "Daily Herald" .

            id:place-geneva a dip:Place ;
                rdfs:label "Geneva" ;
                owl:sameAs <http://www.wikidata.org/entity/Q71> .

            id:series-geneva-dialogue a dip:MeetingSeries ;
                rdfs:label "Geneva Dialogue" .

            id:meeting-m1 a dip:Meeting , dip:Talks ;
                rdfs:label "Talks between Freedonia and Ruritania" ;
                dip:participant id:person-anna-berg , id:country-ruritania ;
                dip:place id:place-geneva ;
                dip:venue "Palais des Nations" ;
                dip:date "2026-03-13"^^xsd:date ;
                dip:planned false ;
                dip:partOf id:series-geneva-dialogue ;
                dip:rule "meeting.met-with" ;
                dip:evidence id:ev-1 ;
                dip:extractedFrom id:article-a1 .

            id:meeting-m2 a dip:Meeting ;
                rdfs:label "Meeting on the sidelines" ;
                dip:participant id:org-un ;
                dip:date "2026-04"^^xsd:gYearMonth ;
                dip:planned true ;
                dip:partOf id:meeting-m1 ;
                dip:rule "meeting.will-meet" ;
                dip:evidence id:ev-1 , id:ev-2 ;
                dip:extractedFrom id:article-a1 .

            id:deployment-d1 a dip:MilitaryDeployment ;
                dip:participant id:country-ruritania ;
                dip:place id:place-geneva ;
                dip:date "2026"^^xsd:gYear ;
                dip:text "sent two frigates" ;
                dip:rule "deployment.sent" ;
                dip:evidence id:ev-2 ;
                dip:extractedFrom id:article-a1 .

            id:statement-s1 a dip:Statement ;
                dip:speaker id:person-anna-berg ;
                dip:quote "We are ready to talk," ;
                dip:date "2026-03-13"^^xsd:date ;
                dip:medium "told reporters" ;
                dip:rule "statement.quote-said" ;
                dip:evidence id:ev-2 ;
                dip:extractedFrom id:article-a1 .

            id:position-p1 a dip:Position ;
                dip:holder id:org-ruritania-mfa ;
                dip:text "ready to talk" ;
                dip:stance "openness" ;
                dip:conditional false ;
                dip:rule "position.ready-to" ;
                dip:evidence id:ev-2 ;
                dip:extractedFrom id:article-a1 .

            id:demand-d1 a dip:Demand ;
                dip:demander id:person-anna-berg ;
                dip:addressee id:country-ruritania ;
                dip:text "free the detained crew" ;
                dip:itemIndex 1 ;
                dip:rule "demand.urged" ;
                dip:evidence id:ev-2 ;
                dip:extractedFrom id:article-a1 .
            """;

    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
    }

    private static Model valid() {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(VALID), null, "TTL");
        return model;
    }

    private static Resource id(Model model, String local) {
        return model.createResource(ID + local);
    }

    private static Property dip(Model model, String local) {
        return model.createProperty(DIP.NAMESPACE, local);
    }

    private static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    private static String describe(ValidationReport report) {
        StringBuilder text = new StringBuilder();
        report.getEntries().forEach(e -> text.append(e.focusNode()).append(" ")
                .append(e.resultPath()).append(": ").append(e.message()).append('\n'));
        return text.toString();
    }

    @Test
    void shapesTargetEveryClassOfTheContract() {
        Model model = RDFDataMgr.loadModel(SHAPES.toString());
        Property targetClass = model.createProperty("http://www.w3.org/ns/shacl#targetClass");
        for (var type : List.of(DIP.PERSON, DIP.COUNTRY, DIP.ORGANIZATION, DIP.INTERNATIONAL_ORGANIZATION,
                DIP.GOVERNMENT_BODY, DIP.MEDIA_ORGANIZATION, DIP.POST, DIP.PLACE, DIP.MEETING, DIP.TALKS,
                DIP.SUMMIT, DIP.PHONE_CALL, DIP.VIDEO_CONFERENCE, DIP.SESSION, DIP.MEETING_SERIES,
                DIP.MILITARY_DEPLOYMENT, DIP.STATEMENT, DIP.POSITION, DIP.DEMAND, DIP.ARTICLE, DIP.EVIDENCE)) {
            assertThat(model.contains(null, targetClass, model.createResource(type.toString())))
                    .as("a shape targets %s", type).isTrue();
        }
        assertThat(shapes.numRootShapes()).isPositive();
    }

    @Test
    void validGraphConforms() {
        ValidationReport report = validate(valid().getGraph());
        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    @Test
    void validGraphCoversEveryClassOfTheContract() {
        Model model = valid();
        for (var type : List.of(DIP.PERSON, DIP.COUNTRY, DIP.ORGANIZATION, DIP.INTERNATIONAL_ORGANIZATION,
                DIP.GOVERNMENT_BODY, DIP.MEDIA_ORGANIZATION, DIP.POST, DIP.PLACE, DIP.MEETING, DIP.TALKS,
                DIP.MEETING_SERIES, DIP.MILITARY_DEPLOYMENT, DIP.STATEMENT, DIP.POSITION, DIP.DEMAND,
                DIP.ARTICLE, DIP.EVIDENCE)) {
            assertThat(model.contains(null, RDF.type, model.createResource(type.toString())))
                    .as("an instance of %s", type).isTrue();
        }
    }

    @Test
    void validGraphStillConformsWithTheOntologyMerged() {
        Model model = valid();
        model.add(RDFDataMgr.loadModel(ONTOLOGY.toString()));
        ValidationReport report = validate(model.getGraph());
        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    static Stream<Arguments> invalidVariants() {
        return Stream.of(
                variant("meeting without participant", "meeting-m1",
                        m -> m.removeAll(id(m, "meeting-m1"), dip(m, "participant"), null)),
                variant("statement with two quotes", "statement-s1",
                        m -> m.add(id(m, "statement-s1"), dip(m, "quote"), "We will not give in.")),
                variant("meeting date of datatype xsd:string", "meeting-m2",
                        m -> {
                            m.removeAll(id(m, "meeting-m2"), dip(m, "date"), null);
                            m.add(id(m, "meeting-m2"), dip(m, "date"), m.createTypedLiteral("2026-04", XSD.xstring.getURI()));
                        }),
                variant("statement date of datatype xsd:string", "statement-s1",
                        m -> {
                            m.removeAll(id(m, "statement-s1"), dip(m, "date"), null);
                            m.add(id(m, "statement-s1"), dip(m, "date"), "2026-03-13");
                        }),
                variant("actor with two types", "country-ruritania",
                        m -> m.add(id(m, "country-ruritania"), RDF.type, m.createResource(DIP.ORGANIZATION.toString()))),
                variant("evidence without oa:start", "ev-1",
                        m -> m.removeAll(id(m, "ev-1"), m.createProperty(OA, "start"), null)),
                variant("evidence ending before it starts", "ev-1",
                        m -> {
                            m.removeAll(id(m, "ev-1"), m.createProperty(OA, "end"), null);
                            m.add(id(m, "ev-1"), m.createProperty(OA, "end"),
                                    m.createTypedLiteral("0", XSD.nonNegativeInteger.getURI()));
                        }),
                variant("meeting without evidence", "meeting-m2",
                        m -> m.removeAll(id(m, "meeting-m2"), dip(m, "evidence"), null)),
                variant("meeting with two kinds", "meeting-m1",
                        m -> m.add(id(m, "meeting-m1"), RDF.type, m.createResource(DIP.SUMMIT.toString()))),
                variant("meeting without planned", "meeting-m1",
                        m -> m.removeAll(id(m, "meeting-m1"), dip(m, "planned"), null)),
                variant("phone call not typed as a meeting", "meeting-m2",
                        m -> {
                            m.remove(id(m, "meeting-m2"), RDF.type, m.createResource(DIP.MEETING.toString()));
                            m.add(id(m, "meeting-m2"), RDF.type, m.createResource(DIP.PHONE_CALL.toString()));
                        }),
                variant("participant that is a place", "deployment-d1",
                        m -> m.add(id(m, "deployment-d1"), dip(m, "participant"), id(m, "place-geneva"))),
                variant("position with an unknown stance", "position-p1",
                        m -> {
                            m.removeAll(id(m, "position-p1"), dip(m, "stance"), null);
                            m.add(id(m, "position-p1"), dip(m, "stance"), "enthusiasm");
                        }),
                variant("position with a blank text", "position-p1",
                        m -> {
                            m.removeAll(id(m, "position-p1"), dip(m, "text"), null);
                            m.add(id(m, "position-p1"), dip(m, "text"), "  ");
                        }),
                variant("demand with item index 0", "demand-d1",
                        m -> {
                            m.removeAll(id(m, "demand-d1"), dip(m, "itemIndex"), null);
                            m.addLiteral(id(m, "demand-d1"), dip(m, "itemIndex"), m.createTypedLiteral("0", XSD.integer.getURI()));
                        }),
                variant("demand without demander", "demand-d1",
                        m -> m.removeAll(id(m, "demand-d1"), dip(m, "demander"), null)),
                variant("fact whose evidence lies in another article", "demand-d1",
                        m -> {
                            m.removeAll(id(m, "demand-d1"), dip(m, "extractedFrom"), null);
                            m.add(id(m, "demand-d1"), dip(m, "extractedFrom"), id(m, "article-a2"));
                        }),
                variant("non-Wikidata sameAs", "place-geneva",
                        m -> {
                            m.removeAll(id(m, "place-geneva"), org.apache.jena.vocabulary.OWL.sameAs, null);
                            m.add(id(m, "place-geneva"), org.apache.jena.vocabulary.OWL.sameAs,
                                    m.createResource("http://dbpedia.org/resource/Geneva"));
                        }),
                variant("person linked to something other than a Wikidata item", "person-anna-berg",
                        m -> m.add(id(m, "person-anna-berg"), org.apache.jena.vocabulary.OWL.sameAs,
                                m.createResource("http://dbpedia.org/resource/Anna_Berg"))),
                variant("person linked to two Wikidata items", "person-anna-berg",
                        m -> {
                            m.add(id(m, "person-anna-berg"), org.apache.jena.vocabulary.OWL.sameAs,
                                    m.createResource("http://www.wikidata.org/entity/Q900000001"));
                            m.add(id(m, "person-anna-berg"), org.apache.jena.vocabulary.OWL.sameAs,
                                    m.createResource("http://www.wikidata.org/entity/Q900000002"));
                        }),
                variant("organization holding a post", "org-red-cross",
                        m -> m.add(id(m, "org-red-cross"), dip(m, "holds"), id(m, "post-anna-berg-foreign-minister"))),
                variant("post without holder", "post-anna-berg-foreign-minister",
                        m -> m.removeAll(id(m, "post-anna-berg-foreign-minister"), dip(m, "heldBy"), null)),
                variant("actor with two labels", "org-un",
                        m -> m.add(id(m, "org-un"), org.apache.jena.vocabulary.RDFS.label, "Vereinte Nationen")),
                variant("article with an unlisted date source", "article-a2",
                        m -> {
                            m.removeAll(id(m, "article-a2"), dip(m, "publishedDateSource"), null);
                            m.add(id(m, "article-a2"), dip(m, "publishedDateSource"), dip(m, "DateGuessed"));
                        }),
                variant("article with a date but an unknown date source", "article-a1",
                        m -> {
                            m.removeAll(id(m, "article-a1"), dip(m, "publishedDateSource"), null);
                            m.add(id(m, "article-a1"), dip(m, "publishedDateSource"),
                                    m.createResource(DIP.DATE_UNKNOWN.toString()));
                        }),
                variant("article source URL as a plain string", "article-a1",
                        m -> {
                            m.removeAll(id(m, "article-a1"), dip(m, "sourceUrl"), null);
                            m.add(id(m, "article-a1"), dip(m, "sourceUrl"), "https://news.example.org/x");
                        }));
    }

    private static Arguments variant(String name, String focus, Consumer<Model> change) {
        return Arguments.of(name, focus, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVariants")
    void invalidVariantFailsOnItsFocusNode(String name, String focus, Consumer<Model> change) {
        Model model = valid();
        change.accept(model);
        ValidationReport report = validate(model.getGraph());

        assertThat(report.conforms()).as("%s should not conform", name).isFalse();
        Node expected = NodeFactory.createURI(ID + focus);
        List<Node> focusNodes = report.getEntries().stream().map(ReportEntry::focusNode).distinct().toList();
        assertThat(focusNodes).as("focus nodes of %s:%n%s", name, describe(report)).containsExactly(expected);
        assertThat(report.getEntries()).allSatisfy(e -> assertThat(e.message()).isNotBlank());

        // the report as RDF names the focus node too
        Model reportModel = report.getModel();
        assertThat(reportModel.contains(null,
                reportModel.createProperty("http://www.w3.org/ns/shacl#focusNode"),
                reportModel.createResource(ID + focus))).isTrue();
    }

    @Test
    void reportMessagesReadWell() {
        Model model = valid();
        model.removeAll(id(model, "meeting-m1"), dip(model, "participant"), null);
        ValidationReport report = validate(model.getGraph());
        assertThat(report.getEntries()).extracting(ReportEntry::message)
                .anySatisfy(m -> assertThat(m).contains("dip:participant"));
    }
}
