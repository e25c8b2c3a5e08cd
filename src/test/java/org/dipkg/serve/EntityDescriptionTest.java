package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class EntityDescriptionTest {
    static final String DIP = "https://w3id.org/dipkg/ontology#";
    final Graph union = Fixture.memory().asDatasetGraph().getUnionGraph();

    @Test
    void unknownIriHasNoDescription() {
        assertThat(EntityDescription.read(union, Fixture.ID + "person/nobody", 10)).isEmpty();
    }

    @Test
    void rdfHoldsOutgoingAndIncomingTriples() {
        Model rdf = EntityDescription.read(union, Fixture.BLINKEN, 10).orElseThrow().rdf();
        assertThat(rdf.contains(rdf.createResource(Fixture.BLINKEN), RDF.type, rdf.createResource(DIP + "Person")))
                .isTrue();
        assertThat(rdf.contains(rdf.createResource(Fixture.MEETING_PARIS), rdf.createProperty(DIP + "participant"),
                rdf.createResource(Fixture.BLINKEN))).isTrue();
    }

    @Test
    void incomingLinksAreBounded() {
        EntityView view = EntityDescription.read(union, Fixture.BLINKEN, 2).orElseThrow().view();
        assertThat(view.incoming()).hasSize(2);
        assertThat(view.moreIncoming()).isTrue();
        EntityView all = EntityDescription.read(union, Fixture.BLINKEN, 10).orElseThrow().view();
        assertThat(all.incoming()).hasSize(3);
        assertThat(all.moreIncoming()).isFalse();
    }

    @Test
    void viewHasLabelTypesFactsAndEvidence() {
        EntityView view = EntityDescription.read(union, Fixture.MEETING_BEIJING, 10).orElseThrow().view();
        assertThat(view.label()).isEqualTo("Meeting of Antony Blinken and Wang Yi in Beijing");
        assertThat(view.types()).extracting(EntityView.Term::text).containsExactly("dip:Meeting");
        assertThat(view.facts()).extracting(f -> f.property().text() + " " + f.value().text()).containsExactly(
                "dip:date 2024-04-26",
                "dip:extractedFrom Blinken and Wang hold talks in Beijing on trade and security",
                "dip:participant Antony Blinken",
                "dip:participant Wang Yi",
                "dip:place Beijing",
                "dip:planned false",
                "dip:rule meeting-verb");
        assertThat(view.facts().get(0).value().note()).isEqualTo("xsd:date");
        assertThat(view.evidence()).singleElement().satisfies(e -> {
            assertThat(e.sentence()).startsWith("BEIJING, April 26 - U.S. Secretary of State Antony Blinken met");
            assertThat(e.article().iri()).isEqualTo(Fixture.ID + "article/2024-04-26-beijing-talks");
        });
    }

    @Test
    void sourceUrlIsALinkButOtherLiteralsAreNot() {
        EntityView view = EntityDescription.read(union, Fixture.ID + "article/2024-06-04-paris-talks", 10)
                .orElseThrow().view();
        assertThat(view.facts()).filteredOn(f -> f.property().text().equals("dip:sourceUrl")).singleElement()
                .satisfies(f -> assertThat(f.value().iri())
                        .isEqualTo("https://news.example.org/world/2024/06/04/blinken-sejourne-paris"));
        assertThat(view.facts()).filteredOn(f -> f.property().text().equals("dip:headline")).singleElement()
                .satisfies(f -> assertThat(f.value().isLink()).isFalse());
    }

    @Test
    void entityWithoutLabelIsNamedByItsIri() {
        EntityView view = EntityDescription.read(union, Fixture.ID + "evidence/2024-04-26-beijing-talks-2", 10)
                .orElseThrow().view();
        assertThat(view.label()).isEqualTo("evidence/2024-04-26-beijing-talks-2");
        assertThat(view.facts()).extracting(f -> f.property().text() + " " + f.value().text()).contains(
                "dip:sentenceIndex 2",
                "dip:inArticle Blinken and Wang hold talks in Beijing on trade and security");
    }
}
