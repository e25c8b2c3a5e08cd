package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SPARQL 1.1 Protocol at /dipkg/sparql over a TDB2 store with two article graphs. */
class SparqlProtocolIT {
    static final String SELECT = Fixture.PREFIXES + "SELECT ?m WHERE { ?m a dip:Meeting } ORDER BY ?m";
    static final String ASK = Fixture.PREFIXES + "ASK { ?m dip:participant <" + Fixture.BLINKEN + "> }";
    static final String CONSTRUCT = Fixture.PREFIXES
            + "CONSTRUCT { ?m dip:participant ?p } WHERE { ?m a dip:Meeting ; dip:participant ?p }";
    static final String DESCRIBE = "DESCRIBE <" + Fixture.MEETING_PARIS + ">";
    static final int MAX_ROWS = 20;

    @TempDir
    static Path dir;
    static DipkgServer server;
    static org.apache.jena.query.Dataset dataset;
    static final Http http = new Http();

    @BeforeAll
    static void start() {
        dataset = Fixture.tdb2(dir);
        server = Fixture.server(dataset).maxRows(MAX_ROWS).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    enum Method { GET, POST_FORM, POST_QUERY }

    static HttpResponse<String> query(Method method, String query, String accept, String params) {
        String url = server.endpointUrl();
        String suffix = params.isEmpty() ? "" : "&" + params;
        return switch (method) {
            case GET -> http.get(url + "?query=" + Http.encode(query) + suffix, accept);
            case POST_FORM -> http.post(url, "application/x-www-form-urlencoded",
                    "query=" + Http.encode(query) + suffix, accept);
            case POST_QUERY -> http.post(url + (params.isEmpty() ? "" : "?" + params),
                    "application/sparql-query", query, accept);
        };
    }

    static Stream<Arguments> resultFormats() {
        List<String> types = List.of("application/sparql-results+json", "application/sparql-results+xml",
                "text/csv", "text/tab-separated-values");
        return Stream.of(Method.values()).flatMap(m -> types.stream().map(t -> Arguments.of(m, t)));
    }

    @ParameterizedTest(name = "SELECT {0} {1}")
    @MethodSource("resultFormats")
    void selectInEachResultFormat(Method method, String type) {
        HttpResponse<String> response = query(method, SELECT, type, "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith(type);
        assertThat(response.body()).contains(Fixture.MEETING_BEIJING, Fixture.MEETING_PARIS);
    }

    @ParameterizedTest(name = "ASK {0} {1}")
    @MethodSource("resultFormats")
    void askInEachResultFormat(Method method, String type) {
        HttpResponse<String> response = query(method, ASK, type, "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith(type);
        assertThat(response.body()).contains("true");
    }

    static Stream<Arguments> rdfFormats() {
        List<String> types = List.of("text/turtle", "application/n-triples", "application/ld+json",
                "application/rdf+xml", "application/trig");
        return Stream.of(Method.values()).flatMap(m -> types.stream().map(t -> Arguments.of(m, t)));
    }

    @ParameterizedTest(name = "CONSTRUCT {0} {1}")
    @MethodSource("rdfFormats")
    void constructInEachRdfFormat(Method method, String type) {
        HttpResponse<String> response = query(method, CONSTRUCT, type, "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith(type);
        DatasetGraph parsed = parse(response.body(), type);
        assertThat(parsed.getDefaultGraph().size()).isEqualTo(4);
    }

    @ParameterizedTest(name = "DESCRIBE {0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void describe(String type) {
        HttpResponse<String> response = query(Method.GET, DESCRIBE, type, "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith(type);
        Model model = ModelFactory.createModelForGraph(parse(response.body(), type).getDefaultGraph());
        assertThat(model.contains(model.createResource(Fixture.MEETING_PARIS), RDF.type)).isTrue();
    }

    @Test
    void defaultGraphIsTheUnionOfTheArticleGraphs() {
        String count = Fixture.PREFIXES
                + "SELECT (COUNT(*) AS ?n) WHERE { <" + Fixture.ID + "country/united-states> rdfs:label ?l }";
        assertThat(select(Method.GET, SELECT, "")).hasSize(2);
        assertThat(select(Method.GET, count, "").get(0)).isEqualTo("1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "POST_FORM", "POST_QUERY"})
    void defaultGraphUri(Method method) {
        List<String> rows = select(method, SELECT, "default-graph-uri=" + Http.encode(Fixture.GRAPH_BEIJING));
        assertThat(rows).containsExactly(Fixture.MEETING_BEIJING);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "POST_FORM", "POST_QUERY"})
    void namedGraphUri(Method method) {
        String query = Fixture.PREFIXES + "SELECT ?m WHERE { GRAPH ?g { ?m a dip:Meeting } }";
        List<String> rows = select(method, query, "named-graph-uri=" + Http.encode(Fixture.GRAPH_PARIS));
        assertThat(rows).containsExactly(Fixture.MEETING_PARIS);
    }

    @Test
    void selectWithinTheCapIsNotTruncated() {
        HttpResponse<String> response = query(Method.GET, SELECT, "application/sparql-results+json", "");
        assertThat(response.headers().firstValue(CappedQueryProcessor.TRUNCATED_HEADER)).hasValue("false");
        assertThat(response.headers().firstValue(CappedQueryProcessor.CAP_HEADER)).hasValue("20");
    }

    @Test
    void selectBeyondTheCapIsCutAndSaysSo() {
        HttpResponse<String> response = query(Method.POST_QUERY, "SELECT * { ?s ?p ?o }",
                "application/sparql-results+json", "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(CappedQueryProcessor.TRUNCATED_HEADER)).hasValue("true");
        assertThat(response.headers().firstValue(CappedQueryProcessor.CAP_HEADER)).hasValue("20");
        assertThat(rows(response)).hasSize(MAX_ROWS);
    }

    @Test
    void aSortedSelectBeyondTheCapGivesItsFirstRowsInOrder() {
        String sorted = "SELECT DISTINCT ?o { ?s ?p ?o } ORDER BY DESC(STR(?o)) ?o";
        List<String> all = org.apache.jena.system.Txn.calculateRead(dataset, () -> {
            List<String> out = new ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(sorted, dataset)) {
                qe.execSelect().forEachRemaining(row -> {
                    RDFNode o = row.get("o");
                    out.add(o.isURIResource() ? o.asResource().getURI()
                            : o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString());
                });
            }
            return out;
        });
        assertThat(all).hasSizeGreaterThan(MAX_ROWS);
        HttpResponse<String> response = query(Method.POST_QUERY, sorted, "application/sparql-results+json", "");
        assertThat(response.headers().firstValue(CappedQueryProcessor.TRUNCATED_HEADER)).hasValue("true");
        assertThat(rows(response)).containsExactlyElementsOf(all.subList(0, MAX_ROWS));
    }

    @Test
    void badQueryIsA400() {
        HttpResponse<String> response = query(Method.GET, "SELECT WHERE {", "application/sparql-results+json", "");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void serviceDescriptionOnGetWithoutQuery() {
        HttpResponse<String> response = http.get(server.endpointUrl(), "*/*");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith("text/turtle");
        Model sd = ModelFactory.createModelForGraph(parse(response.body(), "text/turtle").getDefaultGraph());
        var endpoint = sd.createResource(server.endpointUrl());
        assertThat(sd.contains(endpoint, SD.endpoint, endpoint)).isTrue();
        assertThat(sd.contains(endpoint, SD.supportedLanguage, SD.SPARQL11Query)).isTrue();
        assertThat(sd.contains(endpoint, SD.feature, SD.UnionDefaultGraph)).isTrue();
        assertThat(sd.contains(endpoint, SD.resultFormat,
                sd.createResource("http://www.w3.org/ns/formats/SPARQL_Results_JSON"))).isTrue();
        assertThat(sd.listObjectsOfProperty(SD.name).toList())
                .extracting(n -> n.asResource().getURI())
                .containsExactlyInAnyOrder(Fixture.GRAPH_BEIJING, Fixture.GRAPH_PARIS);
    }

    @Test
    void serviceDescriptionInJsonLdOnRequest() {
        HttpResponse<String> response = http.get(server.endpointUrl(), "application/ld+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith("application/ld+json");
        assertThat(parse(response.body(), "application/ld+json").getDefaultGraph().size()).isGreaterThan(10);
    }

    static List<String> select(Method method, String query, String params) {
        HttpResponse<String> response = query(method, query, "application/sparql-results+json", params);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return rows(response);
    }

    static List<String> rows(HttpResponse<String> response) {
        ResultSet rs = ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        String var = rs.getResultVars().get(0);
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            RDFNode node = rs.next().get(var);
            rows.add(node.isURIResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm());
        }
        return rows;
    }

    static DatasetGraph parse(String body, String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(dsg);
        return dsg;
    }
}
