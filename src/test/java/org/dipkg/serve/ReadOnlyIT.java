package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writes are refused, Graph Store reads work, and browsers may call the server from any origin. */
class ReadOnlyIT {
    static final String UPDATE = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
    static final String TURTLE = "<urn:x:s> <urn:x:p> <urn:x:o> .";

    @TempDir
    static Path dir;
    static DipkgServer server;
    static String data;
    static final Http http = new Http();

    @BeforeAll
    static void start() {
        server = Fixture.server(Fixture.tdb2(dir)).build().start();
        data = "http://localhost:" + server.port() + "/dipkg/data";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void updateAsSparqlUpdateBodyIsRefused() {
        HttpResponse<String> response = http.post(server.endpointUrl(), "application/sparql-update", UPDATE, "*/*");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("read-only");
        assertUnchanged();
    }

    @Test
    void updateAsFormIsRefused() {
        HttpResponse<String> response = http.post(server.endpointUrl(), "application/x-www-form-urlencoded",
                "update=" + Http.encode(UPDATE), "*/*");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("SPARQL Update is not accepted");
        assertUnchanged();
    }

    @Test
    void updateAtTheDatasetIsRefused() {
        HttpResponse<String> response = http.post("http://localhost:" + server.port() + "/dipkg",
                "application/sparql-update", UPDATE, "*/*");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void graphStoreWritesAreRefused(String method) {
        String url = data + "?graph=" + Http.encode(Fixture.GRAPH_PARIS);
        HttpResponse<String> response = http.method(url, method, "text/turtle", TURTLE);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("read-only");
        assertThat(response.headers().firstValue("Allow")).hasValue(ReadOnlyFilter.ALLOW);
        assertUnchanged();
    }

    @Test
    void graphStoreReadsANamedGraph() {
        HttpResponse<String> response = http.get(data + "?graph=" + Http.encode(Fixture.GRAPH_PARIS), "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith("text/turtle");
        DatasetGraph graph = SparqlProtocolIT.parse(response.body(), "text/turtle");
        assertThat(graph.getDefaultGraph().contains(null, null, null)).isTrue();
        assertThat(response.body()).contains("paris-talks-1").doesNotContain("beijing-talks-1");
    }

    @Test
    void graphStoreReadsTheDefaultGraphAsTheUnion() {
        HttpResponse<String> response = http.get(data + "?default", "application/n-triples");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith("application/n-triples");
        assertThat(response.body()).contains("paris-talks-1", "beijing-talks-1");
    }

    @Test
    void graphStoreGivesTheWholeDatasetWithoutParameters() {
        HttpResponse<String> response = http.get(data, "application/trig");
        assertThat(response.statusCode()).isEqualTo(200);
        DatasetGraph dump = SparqlProtocolIT.parse(response.body(), "application/trig");
        assertThat(dump.listGraphNodes()).toIterable().extracting(n -> n.getURI())
                .containsExactlyInAnyOrder(Fixture.GRAPH_BEIJING, Fixture.GRAPH_PARIS);
    }

    @Test
    void unknownGraphIsA404() {
        HttpResponse<String> response = http.get(data + "?graph=" + Http.encode("https://w3id.org/dipkg/graph/none"),
                "text/turtle");
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void corsPreflightIsAnswered() {
        HttpResponse<String> response = http.send(Http.request(server.endpointUrl())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://client.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, accept")
                .build());
        assertThat(response.statusCode()).isBetween(200, 204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
                .containsIgnoringCase("content-type");
    }

    @Test
    void corsHeadersOnAQuery() {
        HttpResponse<String> response = http.send(Http.request(server.endpointUrl() + "?query=" + Http.encode("ASK {}"))
                .header("Origin", "https://client.example.org").GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .contains(CappedQueryProcessor.TRUNCATED_HEADER);
    }

    private static void assertUnchanged() {
        String ask = "ASK { GRAPH ?g { <urn:x:s> ?p ?o } }";
        HttpResponse<String> response = http.get(server.endpointUrl() + "?query=" + Http.encode(ask),
                "application/sparql-results+json");
        assertThat(response.body()).contains("false");
    }

}
