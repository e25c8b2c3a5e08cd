package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Regular expressions in every place a query can hold one stop at the query's deadline. */
class DeadlineRegexTest {
    static final String TEXT = "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"";
    static final String PATTERN = "\"(.*a){14}$\"";

    static final DatasetGraph DATA = DatasetGraphFactory.createTxnMem();

    static {
        DATA.add(SSE.parseQuad("(_ <urn:x:s> <urn:x:p> " + TEXT + ")"));
        DATA.add(SSE.parseQuad("(_ <urn:x:t> <urn:x:p> " + TEXT + ")"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "ASK { FILTER(REGEX(" + TEXT + ", " + PATTERN + ")) }",
        "ASK { ?s ?p ?o FILTER(REGEX(?o, " + PATTERN + ")) }",
        "SELECT ?x { ?s ?p ?o BIND(REGEX(?o, " + PATTERN + ") AS ?x) }",
        "SELECT (REGEX(?o, " + PATTERN + ") AS ?x) { ?s ?p ?o }",
        "SELECT * { { SELECT ?o { ?s ?p ?o FILTER(REGEX(?o, " + PATTERN + ", \"i\")) } } }",
        "ASK { ?s ?p ?o FILTER EXISTS { ?s ?p ?v FILTER(REGEX(?v, " + PATTERN + ")) } }",
        "SELECT (REPLACE(?o, " + PATTERN + ", \"b\") AS ?x) { ?s ?p ?o }",
        "SELECT ?o { ?s ?p ?o } ORDER BY (REGEX(?o, " + PATTERN + "))",
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ASK { ?s ?p ?o FILTER(fn:matches(?o, " + PATTERN + ")) }",
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (fn:replace(?o, " + PATTERN
                + ", \"b\") AS ?x) { ?s ?p ?o }"
    })
    void catastrophicPatternStopsAtTheDeadline(String query) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            QueryDeadline.start(Duration.ofMillis(300));
            try {
                assertThatThrownBy(() -> run(query)).isInstanceOf(QueryCancelledException.class);
            } finally {
                QueryDeadline.clear();
            }
        });
    }

    @Test
    void matchesAndReplacesAsSparqlSays() {
        assertThat(run("SELECT ?x { BIND(REGEX(\"Abc\", \"^a\", \"i\") AS ?x) }")).contains("true");
        assertThat(run("SELECT ?x { BIND(REGEX(\"Abc\", \"^a\") AS ?x) }")).contains("false");
        assertThat(run("SELECT ?x { BIND(REPLACE(\"abcb\"@en, \"b(.)?\", \"[$1]\") AS ?x) }")).contains("\"a[c][]\"@en");
        assertThat(run("SELECT ?x { BIND(REPLACE(\"abc\", \"x*\", \"-\") AS ?x) }")).contains("\"abc\"");
        assertThat(run("SELECT ?x { BIND(REGEX(<urn:x:s>, \"x\") AS ?x) }")).doesNotContain("true", "false");
    }

    @Test
    void withoutADeadlineThePatternIsNotWatched() {
        assertThat(QueryDeadline.chars("abc")).isEqualTo("abc");
    }

    static String run(String query) {
        try (QueryExec exec = QueryExec.dataset(DATA).query(DeadlineRegexTransform.apply(QueryFactory.create(query)))
                .build()) {
            if (exec.getQuery().isAskType()) {
                return Boolean.toString(exec.ask());
            }
            StringBuilder rows = new StringBuilder();
            exec.select().forEachRemaining(row -> rows.append(row).append('\n'));
            return rows.toString();
        }
    }
}
