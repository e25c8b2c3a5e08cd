package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Federated queries in both directions between our endpoint and a plain Fuseki
 * server B holding reference data keyed by Wikidata IRIs ({@code reference.ttl}):
 * our meetings are joined to the capitals of the participants' countries through
 * the {@code owl:sameAs} links of our data. B allows SERVICE as Jena does by
 * default; ours only to allow-listed prefixes. Every query is sent with Jena's own
 * remote client, {@link QueryExecutionHTTP}.
 */
class FederationIT {
    static final List<String> EXPECTED = List.of(
            "meeting/2024-04-26-beijing-talks-1 person/wang-yi Beijing Asia",
            "meeting/2024-04-26-beijing-talks-1 person/antony-blinken Washington, D.C. North America",
            "meeting/2024-06-04-paris-talks-1 person/stephane-sejourne Paris Europe",
            "meeting/2024-06-04-paris-talks-1 person/antony-blinken Washington, D.C. North America");

    static final String OURS_PATTERN = """
            ?meeting a dip:Meeting ; dip:participant ?person .
            ?person dip:holds/dip:postIn/owl:sameAs ?wd .
            """;
    static final String REFERENCE_PATTERN = """
            ?wd wdt:P36/rdfs:label ?capital ; wdt:P30/rdfs:label ?continent .
            """;
    static final String ORDER = "ORDER BY ?meeting ?capital";

    @TempDir
    static Path dir;
    static FusekiServer reference;
    static String referenceEndpoint;
    static DipkgServer open;
    static DipkgServer closed;
    static HttpServer tricks;
    static String tricksBase;
    static DipkgServer guarded;

    @BeforeAll
    static void start() {
        DatasetGraph referenceData = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(referenceData, "org/dipkg/serve/reference.ttl");
        reference = FusekiServer.create().fusekiModules(FusekiModules.empty()).port(0)
                .add("/reference", referenceData, false).build().start();
        referenceEndpoint = "http://localhost:" + reference.getHttpPort() + "/reference/sparql";
        Dataset dataset = Fixture.tdb2(dir);
        open = Fixture.server(dataset).allowService(List.of(referenceEndpoint)).build().start();
        closed = Fixture.server(dataset).build().start();
        tricks = tricks();
        tricksBase = "http://127.0.0.1:" + tricks.getAddress().getPort() + "/";
        guarded = Fixture.server(dataset).timeout(Duration.ofSeconds(1))
                .allowService(List.of(tricksBase + "redirect", tricksBase + "silent")).build().start();
    }

    /** An allowed endpoint that redirects to the reference server (not allowed), and one that never answers. */
    static HttpServer tricks() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            s.createContext("/redirect", exchange -> {
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().add("Location", referenceEndpoint + (query == null ? "" : "?" + query));
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
            s.createContext("/silent", exchange -> {
                try {
                    Thread.sleep(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            });
            s.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            s.start();
            return s;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        open.stop();
        closed.stop();
        guarded.stop();
        tricks.stop(0);
        reference.stop();
    }

    @Test
    void referenceServerJoinsOurMeetingsThroughService() {
        String query = Fixture.PREFIXES + "SELECT * WHERE {\n"
                + "  SERVICE <" + open.endpointUrl() + "> {\n" + OURS_PATTERN + "  }\n"
                + REFERENCE_PATTERN + "}\n" + ORDER;
        assertThat(select(referenceEndpoint, query)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void ourServerJoinsReferenceDataWhenAllowListed() {
        String query = Fixture.PREFIXES + "SELECT * WHERE {\n" + OURS_PATTERN
                + "  SERVICE <" + referenceEndpoint + "> {\n" + REFERENCE_PATTERN + "  }\n}\n" + ORDER;
        assertThat(select(open.endpointUrl(), query)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void ourServerRefusesServiceByDefault() {
        String query = Fixture.PREFIXES + "SELECT * WHERE {\n" + OURS_PATTERN
                + "  SERVICE <" + referenceEndpoint + "> {\n" + REFERENCE_PATTERN + "  }\n}\n" + ORDER;
        QueryExceptionHTTP refused = catchThrowableOfType(QueryExceptionHTTP.class,
                () -> select(closed.endpointUrl(), query));
        assertThat(refused.getStatusCode()).isBetween(400, 499);
        assertThat(refused.getResponse()).contains("SERVICE <" + referenceEndpoint + "> refused");
    }

    @Test
    void ourServerRefusesAServiceChosenAtRunTime() {
        String query = Fixture.PREFIXES + "SELECT * WHERE {\n"
                + "  VALUES ?endpoint { <" + referenceEndpoint + "> }\n"
                + "  SERVICE ?endpoint { " + REFERENCE_PATTERN + " }\n}";
        QueryExceptionHTTP refused = catchThrowableOfType(QueryExceptionHTTP.class,
                () -> select(closed.endpointUrl(), query));
        assertThat(refused.getStatusCode()).isBetween(400, 499);
        assertThat(refused.getResponse()).contains(referenceEndpoint);
    }

    @Test
    void aRedirectOffTheAllowListIsNotFollowed() {
        String query = Fixture.PREFIXES + "SELECT * WHERE {\n" + OURS_PATTERN
                + "  SERVICE <" + tricksBase + "redirect> {\n" + REFERENCE_PATTERN + "  }\n}";
        QueryExceptionHTTP refused = catchThrowableOfType(QueryExceptionHTTP.class,
                () -> select(guarded.endpointUrl(), query));
        assertThat(refused).isNotNull();
        assertThat(refused.getStatusCode()).isBetween(400, 599);
        assertThat(refused.getResponse()).contains("redirect").doesNotContain("Beijing");
    }

    @Test
    void anEndpointThatNeverAnswersIsLeftAtTheDeadline() {
        String query = Fixture.PREFIXES + "SELECT * WHERE {\n" + OURS_PATTERN
                + "  SERVICE <" + tricksBase + "silent> {\n" + REFERENCE_PATTERN + "  }\n}";
        long start = System.nanoTime();
        QueryExceptionHTTP stopped = catchThrowableOfType(QueryExceptionHTTP.class,
                () -> select(guarded.endpointUrl(), query));
        assertThat(stopped).isNotNull();
        assertThat(stopped.getStatusCode()).isBetween(400, 599);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    /** Rows as "meeting person capital continent", entity IRIs without the id namespace. */
    static List<String> select(String endpoint, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(endpoint, query)) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                rows.add(local(row, "meeting") + " " + local(row, "person") + " "
                        + row.getLiteral("capital").getLexicalForm() + " "
                        + row.getLiteral("continent").getLexicalForm());
            }
        }
        return rows;
    }

    private static String local(QuerySolution row, String var) {
        return row.getResource(var).getURI().substring(Fixture.ID.length());
    }
}
