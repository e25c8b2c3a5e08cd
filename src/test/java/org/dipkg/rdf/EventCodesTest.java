package org.dipkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import org.dipkg.coding.CodingRules;
import org.dipkg.extract.LexiconException;

/** ontology/events.ttl is a well-formed scheme, and rules that give codes outside it do not load. */
class EventCodesTest {
    private static final Model SCHEME = RDFDataMgr.loadModel("ontology/events.ttl");

    @Test
    void theStandardRulesGiveOnlyCodesOfTheScheme() {
        EventCodes.checked(CodingRules.read(CodingRules.STANDARD));
    }

    @Test
    void aCodeOutsideTheSchemeStopsTheRulesWithFileAndLine() {
        assertThatThrownBy(() -> EventCodes.checked(CodingRules.read("coding/bad-not-in-scheme.tsv")))
                .isInstanceOf(LexiconException.class)
                .hasMessage("coding/bad-not-in-scheme.tsv:2: CAMEO code 999 is not a concept of ontology/events.ttl");
    }

    @Test
    void aPloverTypeThatMatchesNoBroaderCodeStopsTheRules() {
        assertThatThrownBy(() -> EventCodes.checked(CodingRules.read("coding/bad-plover-mismatch.tsv")))
                .isInstanceOf(LexiconException.class)
                .hasMessageStartingWith("coding/bad-plover-mismatch.tsv:2: PLOVER type SUPPORT is no close match");
    }

    @Test
    void everyConceptHasOneNotationOneLabelAndOneScheme() {
        List<Resource> concepts = SCHEME.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertThat(concepts).hasSizeGreaterThan(30);
        for (Resource c : concepts) {
            assertThat(c.listProperties(SKOS.notation).toList()).as("notation of %s", c).hasSize(1);
            assertThat(c.listProperties(SKOS.prefLabel).toList()).as("label of %s", c).hasSize(1);
            assertThat(c.listProperties(SKOS.inScheme).toList()).as("scheme of %s", c).hasSize(1);
            String notation = c.getProperty(SKOS.notation).getString();
            assertThat(c.getURI()).endsWith("/" + notation.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void aCameoCodeSitsUnderTheCodeItsDigitsBeginWith() {
        for (Statement s : SCHEME.listStatements(null, SKOS.broader, (Resource) null).toList()) {
            String narrow = s.getSubject().getProperty(SKOS.notation).getString();
            String broad = s.getResource().getProperty(SKOS.notation).getString();
            assertThat(narrow).startsWith(broad);
        }
    }

    @Test
    void closeMatchesGoBothWaysBetweenTheSchemes() {
        List<Statement> matches = SCHEME.listStatements(null, SKOS.closeMatch, (Resource) null).toList();
        assertThat(matches).hasSizeGreaterThanOrEqualTo(6);
        for (Statement s : matches) {
            assertThat(SCHEME.contains(s.getResource(), SKOS.closeMatch, s.getSubject())).as("%s", s).isTrue();
            assertThat(s.getSubject().getProperty(SKOS.inScheme).getResource())
                    .isNotEqualTo(s.getResource().getProperty(SKOS.inScheme).getResource());
        }
    }
}
