package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class ServiceDescriptionTest {
    final ServedIris iris = ServedIris.at("http://kg.example.org/");

    @Test
    void describesTheEndpoint() {
        Model sd = ServiceDescription.describe(iris, List.of(Fixture.GRAPH_BEIJING, Fixture.GRAPH_PARIS), false);
        Resource endpoint = sd.createResource("http://kg.example.org/dipkg/sparql");
        assertThat(sd.contains(endpoint, RDF.type, SD.Service)).isTrue();
        assertThat(sd.contains(endpoint, SD.endpoint, endpoint)).isTrue();
        assertThat(sd.contains(endpoint, SD.supportedLanguage, SD.SPARQL11Query)).isTrue();
        assertThat(sd.contains(endpoint, SD.feature, SD.UnionDefaultGraph)).isTrue();
        assertThat(sd.contains(endpoint, SD.feature, SD.BasicFederatedQuery)).isFalse();
        assertThat(sd.listObjectsOfProperty(endpoint, SD.resultFormat).toList())
                .extracting(n -> n.asResource().getLocalName())
                .contains("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                        "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "TriG");
    }

    @Test
    void listsTheNamedGraphsAndLinksTheVoid() {
        Model sd = ServiceDescription.describe(iris, List.of(Fixture.GRAPH_BEIJING, Fixture.GRAPH_PARIS), false);
        Resource dataset = sd.listObjectsOfProperty(SD.defaultDataset).next().asResource();
        assertThat(dataset.hasProperty(RDF.type, SD.Dataset)).isTrue();
        assertThat(dataset.getPropertyResourceValue(RDFS.seeAlso).getURI())
                .isEqualTo("http://kg.example.org/.well-known/void");
        assertThat(sd.listObjectsOfProperty(SD.name).toList()).extracting(n -> n.asResource().getURI())
                .containsExactlyInAnyOrder(Fixture.GRAPH_BEIJING, Fixture.GRAPH_PARIS);
    }

    @Test
    void federationIsAFeatureWhenServiceIsAllowed() {
        Model sd = ServiceDescription.describe(iris, List.of(), true);
        assertThat(sd.contains(null, SD.feature, SD.BasicFederatedQuery)).isTrue();
    }
}
