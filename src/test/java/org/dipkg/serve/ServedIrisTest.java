package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServedIrisTest {
    final ServedIris iris = ServedIris.at("http://localhost:3030");

    @Test
    void baseGetsATrailingSlash() {
        assertThat(iris.base()).isEqualTo("http://localhost:3030/");
        assertThat(iris.endpoint()).isEqualTo("http://localhost:3030/dipkg/sparql");
        assertThat(iris.voidDescription()).isEqualTo("http://localhost:3030/.well-known/void");
    }

    @Test
    void entityIrisMapUnderId() {
        assertThat(iris.served("https://w3id.org/dipkg/id/country/france"))
                .isEqualTo("http://localhost:3030/id/country/france");
    }

    @Test
    void ontologyTermsMapToTheOntologyPage() {
        assertThat(iris.served("https://w3id.org/dipkg/ontology#Meeting"))
                .isEqualTo("http://localhost:3030/ontology#Meeting");
        assertThat(iris.served("https://w3id.org/dipkg/ontology")).isEqualTo("http://localhost:3030/ontology");
    }

    @Test
    void graphsMapToTheGraphStore() {
        assertThat(iris.served("https://w3id.org/dipkg/graph/a1"))
                .isEqualTo("http://localhost:3030/dipkg/data?graph=https%3A%2F%2Fw3id.org%2Fdipkg%2Fgraph%2Fa1");
    }

    @Test
    void otherIrisStay() {
        assertThat(iris.served("http://www.wikidata.org/entity/Q142")).isEqualTo("http://www.wikidata.org/entity/Q142");
        assertThat(iris.served("https://w3id.org/dipkg/other")).isEqualTo("https://w3id.org/dipkg/other");
    }

    @Test
    void publicBaseWithAPath() {
        ServedIris proxied = ServedIris.at("https://kg.example.org/dipkg/");
        assertThat(proxied.served("https://w3id.org/dipkg/id/person/wang-yi"))
                .isEqualTo("https://kg.example.org/dipkg/id/person/wang-yi");
    }

    @Test
    void entityPathGivesTheCanonicalIri() {
        assertThat(ServedIris.entityIri("meeting/2024-04-26-beijing-talks-1"))
                .hasValue("https://w3id.org/dipkg/id/meeting/2024-04-26-beijing-talks-1");
        assertThat(ServedIris.entityIri("person/jos%C3%A9-martinez"))
                .hasValue("https://w3id.org/dipkg/id/person/jos%C3%A9-martinez");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "/", "a/", "/a", "a//b", ".", "..", "a/../b", "a/./b", "../etc/passwd",
        "%2e%2e/etc", "a%2Fb", "a%5cb", "a\\b", "a%00", "a%0a", "a%", "a%zz", "a%2", "a b", "a?b", "a#b",
        "a<b", "a\"b", "%252e%252e", "a\u00e9"})
    void unsafePathsAreRefused(String path) {
        assertThat(ServedIris.isSafePath(path)).isFalse();
        assertThat(ServedIris.entityIri(path)).isEmpty();
    }

    @Test
    void overlongPathIsRefused() {
        assertThat(ServedIris.isSafePath("a".repeat(1025))).isFalse();
        assertThat(ServedIris.isSafePath("a".repeat(1024))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "country/france", "a.b/c-d_e~f", "x:y@z", "q%20r", "it's(1)+2,3;4=5!$&*"})
    void safePaths(String path) {
        assertThat(ServedIris.isSafePath(path)).isTrue();
    }
}
