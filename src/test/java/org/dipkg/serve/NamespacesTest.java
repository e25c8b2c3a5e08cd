package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages show the terms the converter writes by their prefixed names, never as bare IRIs. */
class NamespacesTest {
    @Test
    void theVocabulariesTheDataUsesHavePrefixes() {
        assertThat(Namespaces.compact("http://www.w3.org/2004/02/skos/core#altLabel")).isEqualTo("skos:altLabel");
        assertThat(Namespaces.compact("http://www.w3.org/ns/prov#wasDerivedFrom")).isEqualTo("prov:wasDerivedFrom");
        assertThat(Namespaces.compact("http://www.w3.org/ns/oa#hasTarget")).isEqualTo("oa:hasTarget");
        assertThat(Namespaces.compact("http://example.org/unknown#term")).isEqualTo("http://example.org/unknown#term");
    }
}
