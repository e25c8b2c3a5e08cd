package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Entity pages, the ontology, VoID, the query page and its named queries, and odd paths. */
class LinkedDataIT {
    static final String DIP = "https://w3id.org/dipkg/ontology#";

    @TempDir
    static Path dir;
    static Dataset dataset;
    static DipkgServer server;
    static String base;
    static final Http http = new Http();

    @BeforeAll
    static void start() {
        dataset = Fixture.tdb2(dir);
        server = Fixture.server(dataset).build().start();
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static String served(String iri) {
        return base + "id/" + iri.substring(Fixture.ID.length());
    }

    static Model model(HttpResponse<String> response, String type) {
        return ModelFactory.createModelForGraph(SparqlProtocolIT.parse(response.body(), type).getDefaultGraph());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void entityAsRdfKeepsCanonicalIris(String type) {
        HttpResponse<String> response = http.get(served(Fixture.MEETING_BEIJING), type);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith(type);
        Model model = model(response, type);
        Resource meeting = model.createResource(Fixture.MEETING_BEIJING);
        assertThat(model.contains(meeting, model.createProperty(DIP + "participant"),
                model.createResource(Fixture.BLINKEN))).isTrue();
        assertThat(model.contains(meeting, RDF.type, model.createResource(DIP + "Meeting"))).isTrue();
        assertThat(response.body()).doesNotContain("localhost");
    }

    @Test
    void entityIncludesIncomingLinks() {
        Model model = model(http.get(served(Fixture.BLINKEN), "text/turtle"), "text/turtle");
        assertThat(model.contains(model.createResource(Fixture.MEETING_PARIS),
                model.createProperty(DIP + "participant"), model.createResource(Fixture.BLINKEN))).isTrue();
    }

    @Test
    void formatParameterOverridesAccept() {
        HttpResponse<String> response = http.get(served(Fixture.MEETING_BEIJING) + "?format=nt", Http.BROWSER_ACCEPT);
        assertThat(Http.contentType(response)).startsWith("application/n-triples");
    }

    @Test
    void entityPageForBrowsers() {
        HttpResponse<String> response = http.get(served(Fixture.MEETING_BEIJING), Http.BROWSER_ACCEPT);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith("text/html");
        assertThat(response.body())
                .contains("<h1>Meeting of Antony Blinken and Wang Yi in Beijing</h1>")
                .contains("href=\"" + base + "ontology#Meeting\"")
                .contains("<a href=\"" + served(Fixture.BLINKEN) + "\">Antony Blinken</a>")
                .contains("met Chinese Foreign Minister Wang Yi in Beijing on Friday")
                .contains("<a href=\"" + base + "id/article/2024-04-26-beijing-talks\">"
                        + "Blinken and Wang hold talks in Beijing on trade and security</a>");
    }

    @Test
    void linksOnPagesCanBeFollowed() {
        String page = http.get(served(Fixture.MEETING_PARIS), Http.BROWSER_ACCEPT).body();
        String article = base + "id/article/2024-06-04-paris-talks";
        assertThat(page).contains("href=\"" + article + "\"");
        HttpResponse<String> followed = http.get(article, Http.BROWSER_ACCEPT);
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains("<h1>Blinken and Sejourne discuss Ukraine aid in Paris</h1>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", Http.BROWSER_ACCEPT})
    void unknownEntityIsA404(String accept) {
        HttpResponse<String> response = http.get(base + "id/person/nobody", accept);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Nothing is known about", "person/nobody");
    }

    @Test
    void publicBaseIsUsedForLinksButNotForData() {
        DipkgServer proxied = Fixture.server(dataset).base("https://kg.example.org/dipkg/").build().start();
        try {
            String local = "http://localhost:" + proxied.port() + "/id/person/antony-blinken";
            assertThat(http.get(local, Http.BROWSER_ACCEPT).body())
                    .contains("href=\"https://kg.example.org/dipkg/id/meeting/2024-06-04-paris-talks-1\"");
            assertThat(http.get(local, "text/turtle").body()).doesNotContain("kg.example.org");
            assertThat(http.get(proxied.endpointUrl(), "text/turtle").body())
                    .contains("<https://kg.example.org/dipkg/dipkg/sparql>");
        } finally {
            proxied.stop();
        }
    }

    @Test
    void ontologyPage() {
        HttpResponse<String> response = http.get(base + "ontology", Http.BROWSER_ACCEPT);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith("text/html");
        assertThat(response.body()).contains("<h1>dipkg ontology</h1>", "<h2>Classes</h2>", "id=\"Meeting\"",
                "<h2>Properties</h2>", "id=\"participant\"", "<h2>Individuals</h2>", "id=\"DateGiven\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml"})
    void ontologyAsRdf(String type) {
        HttpResponse<String> response = http.get(base + "ontology", type);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith(type);
        Model model = model(response, type);
        assertThat(model.contains(model.createResource(DIP + "Meeting"), RDF.type, OWL.Class)).isTrue();
    }

    @Test
    void voidDescribesTheDatasetAndEachArticleGraph() {
        HttpResponse<String> response = http.get(base + ".well-known/void", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Model model = model(response, "text/turtle");
        Resource dataset = model.createResource(base + ".well-known/void#dipkg");
        assertThat(model.contains(dataset, RDF.type, VOID.Dataset)).isTrue();
        assertThat(dataset.getProperty(VOID.triples).getLong()).isEqualTo(unionTriples());
        assertThat(dataset.getProperty(VOID.entities).getLong()).isEqualTo(19);
        assertThat(dataset.getProperty(VOID.classes).getLong()).isEqualTo(8);
        assertThat(dataset.getProperty(VOID.sparqlEndpoint).getResource().getURI()).isEqualTo(server.endpointUrl());
        assertThat(dataset.getProperty(DCTerms.license).getResource().getURI())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(dataset.getProperty(VOID.vocabulary).getResource().getURI()).isEqualTo(DIP);
        assertThat(model.listObjectsOfProperty(dataset, VOID.subset).toList()).hasSize(2);
        Resource paris = model.createResource(Fixture.GRAPH_PARIS);
        assertThat(paris.getProperty(VOID.triples).getLong()).isEqualTo(graphTriples(Fixture.GRAPH_PARIS));
        String dump = dataset.getProperty(VOID.dataDump).getResource().getURI();
        assertThat(http.get(dump, "application/trig").statusCode()).isEqualTo(200);
        String graphDump = paris.getProperty(VOID.dataDump).getResource().getURI();
        assertThat(http.get(graphDump, "text/turtle").body()).contains("paris-talks-1");
    }

    @Test
    void queryPage() {
        HttpResponse<String> response = http.get(base, Http.BROWSER_ACCEPT);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith("text/html");
        assertThat(response.body()).contains("id=\"editor\"", "id=\"named\"", "static/app.js",
                "href=\"timeline\"", "href=\"network\"");
        assertThat(Http.contentType(http.get(base + "static/app.js", "*/*"))).startsWith("text/javascript");
        assertThat(Http.contentType(http.get(base + "static/style.css", "*/*"))).startsWith("text/css");
    }

    @Test
    void theSiteHasAnIcon() {
        HttpResponse<String> favicon = http.get(base + "favicon.ico", "*/*");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(favicon)).startsWith("image/svg+xml");
        assertThat(favicon.body()).startsWith("<svg");
        assertThat(http.get(base, Http.BROWSER_ACCEPT).body()).contains("rel=\"icon\"");
        assertThat(http.get(base + "timeline", Http.BROWSER_ACCEPT).body()).contains("static/icon.svg");
    }

    @Test
    void namedQueriesAreListedAndServed() {
        HttpResponse<String> list = http.get(base + "queries/", "application/json");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(list)).startsWith("application/json");
        JsonArray queries = JSON.parseAny(list.body()).getAsArray();
        assertThat(queries).hasSize(2);
        assertThat(queries.get(1).getAsObject().getString("name")).isEqualTo("meetings");
        assertThat(queries.get(1).getAsObject().getString("title"))
                .isEqualTo("Which meetings took place, when and where, and who took part?");
        String url = queries.get(1).getAsObject().getString("url");
        HttpResponse<String> query = http.get(url, "*/*");
        assertThat(Http.contentType(query)).startsWith("application/sparql-query");
        assertThat(query.body()).contains("SELECT ?meeting");
        assertThat(http.get(base + "queries/nothing.rq", "*/*").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "static/../../etc/passwd",
        "static/%2e%2e/%2e%2e/etc/passwd",
        "static/..%2f..%2fetc%2fpasswd",
        "static/%252e%252e/%252e%252e/etc/passwd",
        "static/..%5c..%5cetc%5cpasswd",
        "static/style.css%00.js",
        "static/",
        "static/org/dipkg/serve/static/app.js",
        "static/vendor/",
        "static/vendor/%2e%2e/%2e%2e/etc/passwd",
        "static/queries/../../etc/passwd",
        "timeline/../../etc/passwd",
        "queries/../../etc/passwd",
        "queries/%2e%2e/%2e%2e/etc/passwd",
        "id/../../etc/passwd",
        "id/%2e%2e/%2e%2e/etc/passwd",
        "id/person/..%2f..%2fetc%2fpasswd",
        "id/person%2fantony-blinken",
        "id/person//antony-blinken",
        "id/person/%00",
        "id/",
        "ontology/../../etc/passwd"
    })
    void oddPathsAreRefused(String path) {
        HttpResponse<String> response = http.get(base + path, "*/*");
        assertThat(response.statusCode()).as(path).isIn(400, 404);
        assertThat(response.body()).doesNotContain("root:");
    }

    private static long unionTriples() {
        return count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    }

    private static long graphTriples(String graph) {
        return count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }");
    }

    private static long count(String query) {
        HttpResponse<String> response = http.get(server.endpointUrl() + "?query=" + Http.encode(query),
                "application/sparql-results+json");
        return Long.parseLong(SparqlProtocolIT.rows(response).get(0));
    }
}
