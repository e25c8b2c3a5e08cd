package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

class VoidDescriptionTest {
    final ServedIris iris = ServedIris.at("http://kg.example.org/");

    @Test
    void statisticsCountTheUnionOnce() {
        DatasetGraph dsg = Fixture.memory().asDatasetGraph();
        VoidStatistics stats = Txn.calculateRead(dsg, () -> VoidStatistics.of(dsg));
        // 59 + 47 triples, 11 of them (Blinken, his post, the United States) in both graphs
        assertThat(stats.graphs()).containsExactlyInAnyOrderEntriesOf(
                Map.of(Fixture.GRAPH_BEIJING, 59L, Fixture.GRAPH_PARIS, 47L));
        assertThat(stats.triples()).isEqualTo(95);
        assertThat(stats.entities()).isEqualTo(19);
        assertThat(stats.classes()).isEqualTo(8);
        assertThat(stats.properties()).isEqualTo(26);
    }

    @Test
    void describesTheDatasetAndOneSubsetPerGraph() {
        VoidStatistics stats = new VoidStatistics(95, 19, 8, 26, Map.of(Fixture.GRAPH_BEIJING, 59L, Fixture.GRAPH_PARIS, 47L));
        Model model = VoidDescription.describe(stats, iris);
        Resource dataset = model.createResource("http://kg.example.org/.well-known/void#dipkg");
        assertThat(model.contains(dataset, RDF.type, VOID.Dataset)).isTrue();
        assertThat(dataset.getProperty(VOID.triples).getLong()).isEqualTo(95);
        assertThat(dataset.getProperty(VOID.triples).getLiteral().getDatatypeURI()).isEqualTo(XSD.integer.getURI());
        assertThat(dataset.getProperty(VOID.entities).getLong()).isEqualTo(19);
        assertThat(dataset.getProperty(VOID.classes).getLong()).isEqualTo(8);
        assertThat(dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI())
                .isEqualTo("http://kg.example.org/dipkg/sparql");
        assertThat(dataset.getPropertyResourceValue(VOID.dataDump).getURI()).isEqualTo("http://kg.example.org/dipkg/data");
        assertThat(dataset.getPropertyResourceValue(DCTerms.license).getURI())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(dataset.getPropertyResourceValue(VOID.vocabulary).getURI())
                .isEqualTo("https://w3id.org/dipkg/ontology#");
        assertThat(model.listObjectsOfProperty(dataset, VOID.subset).toList()).hasSize(2);
        Resource paris = model.createResource(Fixture.GRAPH_PARIS);
        assertThat(paris.getProperty(VOID.triples).getLong()).isEqualTo(47);
        assertThat(paris.getPropertyResourceValue(VOID.dataDump).getURI())
                .isEqualTo("http://kg.example.org/dipkg/data?graph=" + Http.encode(Fixture.GRAPH_PARIS));
    }
}
