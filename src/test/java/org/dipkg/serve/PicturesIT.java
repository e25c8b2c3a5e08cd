package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pictures over HTTP: the timeline, the network, the query page and an actor's
 * entity page with every script and style they load, and the queries they send, run
 * with the values the pages set (bound as {@code static/pictures.js} binds them) on
 * the test data with the third article of {@code pictures.trig}.
 */
class PicturesIT {
    static final String ID = Fixture.ID;
    static final Pattern LOADED = Pattern.compile("<(?:script src|link rel=\"stylesheet\" href)=\"([^\"]+)\"");
    static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    @TempDir
    static Path dir;
    static DipkgServer server;
    static String base;
    static final Http http = new Http();

    @BeforeAll
    static void start() {
        server = Fixture.server(Fixture.withPictures(dir)).build().start();
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"timeline", "network", "", "id/person/antony-blinken"})
    void pagesAndWhatTheyLoadAreServedUnderThePolicy(String path) {
        HttpResponse<String> page = http.get(base + path, Http.BROWSER_ACCEPT);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(page)).startsWith("text/html");
        assertPolicy(page);
        List<String> loaded = loaded(page.body());
        assertThat(loaded).as(path).anyMatch(src -> src.endsWith("static/vendor/echarts.min.js"))
                .anyMatch(src -> src.endsWith("static/pictures.js"));
        for (String src : loaded) {
            String url = URI.create(base + path).resolve(src).toString();
            HttpResponse<String> file = http.get(url, "*/*");
            assertThat(file.statusCode()).as(url).isEqualTo(200);
            assertThat(Http.contentType(file)).as(url).startsWith(src.endsWith(".css") ? "text/css" : "text/javascript");
            assertPolicy(file);
            assertThat(file.body()).as(url).isNotBlank();
        }
    }

    @Test
    void theQueryPageLoadsTheEditor() {
        List<String> loaded = loaded(http.get(base, Http.BROWSER_ACCEPT).body());
        assertThat(loaded).contains("static/vendor/yasgui.min.js", "static/vendor/yasgui.min.css", "static/chart.js",
                "static/app.js");
        assertThat(http.get(base + "static/vendor/yasgui.min.js", "*/*").body()).contains("Yasqe", "Yasr");
        assertThat(http.get(base + "static/vendor/echarts.min.js", "*/*").body()).contains("echarts");
    }

    @Test
    void filesAreRevalidatedByTheirEtag() {
        HttpResponse<String> first = http.get(base + "static/vendor/echarts.min.js", "*/*");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(Http.request(base + "static/vendor/echarts.min.js")
                .header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> changed = http.send(Http.request(base + "static/vendor/echarts.min.js")
                .header("If-None-Match", "\"other\"").GET().build());
        assertThat(changed.statusCode()).isEqualTo(200);
    }

    @Test
    void prefixesAreServedForCompletion() {
        HttpResponse<String> prefixes = http.get(base + "static/prefixes.json", "*/*");
        assertThat(Http.contentType(prefixes)).startsWith("application/json");
        assertThat(prefixes.body()).contains("\"dip\" : \"https://w3id.org/dipkg/ontology#\"");
    }

    @Test
    void anActorsPageHasAPlaceForItsActivityAndOtherPagesHaveNone() {
        String actor = http.get(base + "id/country/china", Http.BROWSER_ACCEPT).body();
        assertThat(actor).contains("<section id=\"activity\" data-actor=\"" + ID + "country/china\">",
                "timeline?actor=https%3A%2F%2Fw3id.org%2Fdipkg%2Fid%2Fcountry%2Fchina", "static/activity.js");
        String meeting = http.get(base + "id/meeting/2024-06-04-paris-talks-1", Http.BROWSER_ACCEPT).body();
        assertThat(meeting).doesNotContain("id=\"activity\"", "<script");
    }

    @Test
    void timelineShowsEveryMeetingWithItsParticipants() {
        List<Map<String, String>> rows = run("timeline", Map.of());
        assertThat(rows).hasSize(12);
        assertThat(meetings(rows)).containsExactly("2024-07-10-washington-summit-3", "2024-04-26-beijing-talks-1",
                "2024-06-04-paris-talks-1", "2024-07-10-washington-summit-1", "2024-07-10-washington-summit-2");
        assertThat(rows).filteredOn(r -> r.get("meeting").endsWith("summit-2"))
                .allMatch(r -> r.get("planned").equals("true") && r.get("date").equals("2024-09"));
    }

    @Test
    void timelineOfOneActorKeepsAllParticipantsOfItsMeetings() {
        List<Map<String, String>> rows = run("timeline", Map.of("actor", iri(ID + "person/antony-blinken")));
        assertThat(meetings(rows)).containsExactly("2024-04-26-beijing-talks-1", "2024-06-04-paris-talks-1",
                "2024-07-10-washington-summit-1", "2024-07-10-washington-summit-2");
        assertThat(rows).extracting(r -> r.get("name")).contains("European Union", "Wang Yi");
    }

    @Test
    void timelineBetweenTwoDatesCountsAMonthThatOverlapsAndLeavesOutUndatedMeetings() {
        assertThat(meetings(run("timeline", Map.of("from", literal("2024-06-01"), "to", literal("2024-09-10")))))
                .containsExactly("2024-06-04-paris-talks-1", "2024-07-10-washington-summit-1",
                        "2024-07-10-washington-summit-2");
        assertThat(meetings(run("timeline", Map.of("to", literal("2024-05-01")))))
                .containsExactly("2024-04-26-beijing-talks-1");
    }

    @Test
    void timelineOffersTheActorsWhoMet() {
        List<Map<String, String>> rows = run("meeting-actors", Map.of());
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0)).containsEntry("name", "Antony Blinken").containsEntry("meetings", "4");
    }

    @Test
    void networkOfEveryActorAsNamed() {
        List<Map<String, String>> rows = run("network", Map.of());
        assertThat(pairs(rows)).hasSize(8).contains("Antony Blinken|Wang Yi|2", "Antony Blinken|Stephane Sejourne|2",
                "China|France|1", "European Union|Jens Stoltenberg|1");
        assertThat(rows).filteredOn(r -> "Wang Yi".equals(r.get("bName")))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("planned", "1")
                        .containsEntry("first", "2024-04-26").containsEntry("last", "2024-09"));
    }

    @Test
    void networkOfOneKindCountsPeopleForTheirPosts() {
        assertThat(pairs(run("network", Map.of("kind", literal("person"))))).containsExactly(
                "Antony Blinken|Stephane Sejourne|2", "Antony Blinken|Wang Yi|2", "Antony Blinken|Jens Stoltenberg|1",
                "Jens Stoltenberg|Stephane Sejourne|1");
        assertThat(pairs(run("network", Map.of("kind", literal("country"))))).containsExactly(
                "China|United States|2", "France|United States|2", "China|France|1");
        assertThat(pairs(run("network", Map.of("kind", literal("organization")))))
                .containsExactly("European Union|NATO|1");
    }

    @Test
    void networkBetweenTwoDates() {
        List<String> pairs = pairs(run("network", Map.of("from", literal("2024-06-01"), "to", literal("2024-12-31"))));
        assertThat(pairs).hasSize(7).contains("Antony Blinken|Wang Yi|1").doesNotContain("China|France|1");
    }

    @Test
    void activityOfAnActorOldestFirst() {
        List<Map<String, String>> rows = run("activity", Map.of("actor", iri(ID + "person/antony-blinken")));
        assertThat(rows).extracting(r -> r.get("date") + " " + r.get("kind")).containsExactly(
                "2024-04-26 meeting", "2024-06-04 meeting", "2024-07-10 demand", "2024-07-10 meeting",
                "2024-07-10 statement", "2024-09 meeting");
        assertThat(rows.get(2)).containsEntry("dated", "article").containsEntry("otherName", "China");
        assertThat(rows.get(4)).containsEntry("dated", "given")
                .containsEntry("text", "We stand with Ukraine for as long as it takes.");
    }

    @Test
    void activityOfCountriesDatesUndatedFactsByTheirArticle() {
        assertThat(run("activity", Map.of("actor", iri(ID + "country/china"))))
                .extracting(r -> r.get("kind") + " " + r.get("date") + " " + r.get("dated"))
                .containsExactly("demand-received 2024-07-10 article", "meeting 2024-07-10 article");
        assertThat(run("activity", Map.of("actor", iri(ID + "country/france"))))
                .extracting(r -> r.get("kind") + " " + r.getOrDefault("stance", ""))
                .containsExactly("meeting ", "position support");
    }

    static void assertPolicy(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).get()
                .isEqualTo(SecurityHeadersFilter.POLICY);
    }

    static List<String> loaded(String html) {
        List<String> loaded = new ArrayList<>();
        Matcher m = LOADED.matcher(html);
        while (m.find()) {
            loaded.add(m.group(1));
        }
        return loaded;
    }

    /** The query the page loads from the server, with its parameters set as static/pictures.js sets them, run. */
    static List<Map<String, String>> run(String name, Map<String, String> values) {
        HttpResponse<String> file = http.get(base + "static/queries/" + name + ".rq", "*/*");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(file)).startsWith("application/sparql-query");
        String query = PARAMETER.matcher(file.body())
                .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        HttpResponse<String> response = http.post(server.endpointUrl(), "application/sparql-query", query,
                "application/sparql-results+json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ResultSet rs = ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution solution = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            solution.varNames().forEachRemaining(v -> {
                RDFNode node = solution.get(v);
                row.put(v, node.isURIResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm());
            });
            rows.add(row);
        }
        return rows;
    }

    static String literal(String value) {
        return "\"" + value + "\"";
    }

    static String iri(String value) {
        return "<" + value + ">";
    }

    static List<String> meetings(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("meeting").substring((ID + "meeting/").length())).distinct().toList();
    }

    static List<String> pairs(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("aName") + "|" + r.get("bName") + "|" + r.get("meetings")).toList();
    }
}
