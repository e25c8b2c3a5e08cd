package org.dipkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import org.dipkg.coding.CodedArticle;
import org.dipkg.store.ShapeValidator;

/** The mapper writes the event codes of facts, describes the codes once, and the shapes accept both. */
class EventCodingGraphTest {
    private static final SimpleValueFactory VF = SimpleValueFactory.getInstance();
    private static final Model MODEL = GraphMapper.create().version("test").build().map(CodedArticle.extraction());

    private static IRI fact(String kind, int n) {
        return Iris.fact(CodedArticle.ID, kind, n);
    }

    private static IRI id(String path) {
        return VF.createIRI(DIP.ID + path);
    }

    @Test
    void eachFactCarriesItsCodeInTheArticlesGraph() {
        IRI graph = Iris.graph(CodedArticle.ID);
        assertThat(MODEL.contains(fact("meeting", 1), DIP.CAMEO_CODE, id("cameo/042"), graph)).isTrue();
        assertThat(MODEL.contains(fact("meeting", 1), DIP.PLOVER_TYPE, id("plover/consult"), graph)).isTrue();
        assertThat(MODEL.contains(fact("meeting", 2), DIP.CAMEO_CODE, id("cameo/036"), graph)).isTrue();
        assertThat(MODEL.contains(fact("statement", 1), DIP.CAMEO_CODE, id("cameo/013"), graph)).isTrue();
        assertThat(MODEL.filter(fact("statement", 1), DIP.PLOVER_TYPE, null)).isEmpty();
        assertThat(MODEL.contains(fact("demand", 1), DIP.CAMEO_CODE, id("cameo/105"), graph)).isTrue();
        assertThat(MODEL.contains(fact("position", 1), DIP.CAMEO_CODE, id("cameo/111"), graph)).isTrue();
        assertThat(MODEL.contains(fact("position", 1), DIP.PLOVER_TYPE, id("plover/disapprove"), graph)).isTrue();
    }

    @Test
    void aVisitNamesItsVisitorAsSourceAndItsHostAsTarget() {
        assertThat(MODEL.contains(fact("meeting", 1), DIP.SOURCE_ACTOR, id("person/amara-okafor"))).isTrue();
        assertThat(MODEL.contains(fact("meeting", 1), DIP.TARGET_ACTOR, id("person/tomas-ruiz"))).isTrue();
    }

    @Test
    void theCodesUsedAreDescribedInTheEntitiesGraph() {
        IRI entities = Iris.entitiesGraph();
        IRI visit = id("cameo/042");
        assertThat(MODEL.contains(visit, SKOS.NOTATION, VF.createLiteral("042"), entities)).isTrue();
        assertThat(MODEL.contains(visit, SKOS.IN_SCHEME, id("cameo"), entities)).isTrue();
        assertThat(MODEL.contains(visit, SKOS.BROADER, id("cameo/04"), entities)).isTrue();
        assertThat(MODEL.filter(visit, SKOS.PREF_LABEL, null, entities)).hasSize(1);
        assertThat(MODEL.contains(id("plover/consult"), SKOS.NOTATION, VF.createLiteral("CONSULT"), entities)).isTrue();
    }

    @Test
    void theShapesAcceptTheCodedGraph() {
        assertThat(ShapeValidator.get().check(graph(MODEL))).isEmpty();
    }

    @Test
    void theShapesRefuseACodeOutsideTheScheme() {
        Model bad = new org.eclipse.rdf4j.model.impl.LinkedHashModel(MODEL);
        bad.remove(fact("demand", 1), DIP.CAMEO_CODE, null);
        bad.add(fact("demand", 1), DIP.CAMEO_CODE, id("cameo/banquet"), Iris.graph(CodedArticle.ID));
        List<String> problems = ShapeValidator.get().check(graph(bad));
        assertThat(problems).anyMatch(p -> p.contains("cameoCode") && p.contains("CAMEO concept"));
    }

    @Test
    void theShapesRefuseTwoSourceActors() {
        Model bad = new org.eclipse.rdf4j.model.impl.LinkedHashModel(MODEL);
        bad.add(fact("meeting", 1), DIP.SOURCE_ACTOR, id("person/tomas-ruiz"), Iris.graph(CodedArticle.ID));
        assertThat(ShapeValidator.get().check(graph(bad))).anyMatch(p -> p.contains("sourceActor"));
    }

    private static Graph graph(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RdfOutput rdf = RdfOutput.open(out, OutputFormat.NT)) {
            rdf.write(m);
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NTRIPLES).parse(g);
        assertThat(out.toString(StandardCharsets.UTF_8)).isNotEmpty();
        return g;
    }
}
