package org.dipkg.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring rules of the evaluation, one per test, on small invented gold facts and rows. */
class GoldScorerTest {
    private static final String PEOPLE = """
            "actors": [
              {"name": "Wendy Sherman", "aliases": ["Sherman"], "kind": "Person"},
              {"name": "Sergei Ryabkov", "aliases": ["Ryabkov"], "kind": "Person"},
              {"name": "United States", "aliases": ["U.S.", "Washington"], "kind": "Country", "wikidata": "Q30"},
              {"name": "Russia", "kind": "Country"},
              {"name": "Reuters", "kind": "Organization", "optional": true}
            ]""";

    @Test
    void anAliasNamesTheGoldActor() {
        Tally t = score(PEOPLE, Category.ACTORS, actor("a1", "Sherman", "Person"));
        assertThat(t.tp()).isEqualTo(1);
        assertThat(t.fp()).isZero();
    }

    @Test
    void namesAreComparedWithoutCaseAccentsPunctuationOrALeadingThe() {
        assertThat(Text.norm("The U.S.\u2013Russia  Talks")).isEqualTo("u s russia talks");
        assertThat(Text.norm("Sergu\u00e9\u00ef  Lavrov")).isEqualTo("serguei lavrov");
    }

    @Test
    void aSecondIriForAnActorAlreadyFoundIsAFalsePositive() {
        Tally t = score(PEOPLE, Category.ACTORS, actor("a1", "Wendy Sherman", "Person"),
                actor("a2", "Sherman", "Person"));
        assertThat(t).extracting(Tally::tp, Tally::fp).containsExactly(1, 1);
    }

    @Test
    void missedActorsAreFalseNegativesAndUnknownOnesFalsePositives() {
        Tally t = score(PEOPLE, Category.ACTORS, actor("a1", "Wendy Sherman", "Person"),
                actor("a9", "Geneva", "Organization"));
        assertThat(t).extracting(Tally::tp, Tally::fp, Tally::fn).containsExactly(1, 1, 3);
    }

    @Test
    void anOptionalActorIsNeitherRequiredNorAnExtra() {
        Tally found = score(PEOPLE, Category.ACTORS, actor("a1", "Reuters", "Organization"));
        Tally missed = score(PEOPLE, Category.ACTORS);
        assertThat(found).extracting(Tally::tp, Tally::fp, Tally::fn).containsExactly(0, 0, 4);
        assertThat(missed.fn()).isEqualTo(4);
    }

    @Test
    void kindsAndWikidataLinksAreSideFiguresNotCounted() {
        ArticleScore s = GoldScorer.score(gold(PEOPLE), Map.of(Category.ACTORS, List.of(
                Row.of("actor", "a1", "name", "U.S.", "kind", "https://w3id.org/dipkg/ontology#Organization",
                        "wikidata", "http://www.wikidata.org/entity/Q30"))));
        assertThat(s.tally(Category.ACTORS).tp()).isEqualTo(1);
        assertThat(s.figures()).containsEntry("actor kind correct", new Ratio(0, 1))
                .containsEntry("wikidata links correct", new Ratio(1, 1));
    }

    @Test
    void aClassNamedWithNationReadsAsCountryAsTheScorerReadsIt() {
        assertThat(ActorScorer.coarseKind("InternationalOrganization")).isEqualTo("Country");
        assertThat(ActorScorer.coarseKind("Statement")).isEqualTo("Organization");
        assertThat(ActorScorer.coarseKind("Person")).isEqualTo("Person");
    }

    @Test
    void aTitleMayCarryAFewWordsMoreThanTheGoldTitle() {
        String gold = PEOPLE + """
                , "roles": [{"person": "Wendy Sherman", "title": "Deputy Secretary of State",
                             "affiliation": "United States"}]""";
        assertThat(score(gold, Category.ROLES, role("Sherman", "U.S. Deputy Secretary of State", "U.S.")).tp())
                .isEqualTo(1);
        assertThat(score(gold, Category.ROLES, role("Sherman",
                "Deputy Secretary of State for Political and Economic Affairs", "U.S.")).tp()).isZero();
    }

    @Test
    void anAffiliationIsRequiredUnlessTheGoldMakesItOptional() {
        String required = PEOPLE + """
                , "roles": [{"person": "Sergei Ryabkov", "title": "Deputy Foreign Minister",
                             "affiliation": "Russia"}]""";
        String optional = PEOPLE + """
                , "roles": [{"person": "Sergei Ryabkov", "title": "Deputy Foreign Minister", "affiliation": "Russia",
                             "optional_affiliation": true}]""";
        Row noAffiliation = role("Ryabkov", "Deputy Foreign Minister", "");
        assertThat(score(required, Category.ROLES, noAffiliation)).extracting(Tally::tp, Tally::fp, Tally::fn)
                .containsExactly(0, 1, 1);
        assertThat(score(optional, Category.ROLES, noAffiliation).tp()).isEqualTo(1);
    }

    @Test
    void twoSpellingsOfOnePostCountTheSecondAsExtra() {
        String gold = PEOPLE + """
                , "roles": [{"person": "Sergei Ryabkov", "title": "Deputy Foreign Minister"}]""";
        Tally t = score(gold, Category.ROLES, role("Ryabkov", "Deputy Foreign Minister", "Russia"),
                role("Ryabkov", "Russian Deputy Foreign Minister", "Russia"));
        assertThat(t).extracting(Tally::tp, Tally::fp).containsExactly(1, 1);
    }

    @Test
    void extraParticipantsInAMeetingAreFine() {
        String gold = PEOPLE + """
                , "meetings": [{"id": "m1", "participants": ["Wendy Sherman", "Sergei Ryabkov"]}]""";
        Tally t = score(gold, Category.MEETINGS, meeting("m1", "Sherman", "", ""), meeting("m1", "Ryabkov", "", ""),
                meeting("m1", "Reuters", "", ""));
        assertThat(t).extracting(Tally::tp, Tally::fp, Tally::fn).containsExactly(1, 0, 0);
    }

    @Test
    void aMeetingMissingAGoldParticipantDoesNotMatch() {
        String gold = PEOPLE + """
                , "meetings": [{"id": "m1", "participants": ["Wendy Sherman", "Sergei Ryabkov"]}]""";
        Tally t = score(gold, Category.MEETINGS, meeting("m1", "Sherman", "", ""));
        assertThat(t).extracting(Tally::tp, Tally::fp, Tally::fn).containsExactly(0, 1, 1);
    }

    @Test
    void aMeetingDateMatchesByItsIsoPrefixAndThePlaceByWholeWords() {
        String gold = PEOPLE + """
                , "meetings": [{"id": "m1", "participants": ["Wendy Sherman"], "date": "2022-01",
                                "place": "Geneva"}]""";
        assertThat(score(gold, Category.MEETINGS, meeting("m1", "Sherman", "2022-01-10", "Geneva, Switzerland"))
                .tp()).isEqualTo(1);
        assertThat(score(gold, Category.MEETINGS, meeting("m1", "Sherman", "2022-02-10", "Geneva")).tp()).isZero();
        assertThat(score(gold, Category.MEETINGS, meeting("m1", "Sherman", "2022-01-10", "Genevan")).tp()).isZero();
    }

    @Test
    void aPersonStandsForTheCountryOfAPostTheGoldGivesThem() {
        String gold = PEOPLE + """
                , "roles": [{"person": "Wendy Sherman", "title": "Deputy Secretary", "affiliation": "United States"}],
                "meetings": [{"id": "m1", "participants": ["United States", "Russia"]}]""";
        Tally t = score(gold, Category.MEETINGS, meeting("m1", "Sherman", "", ""), meeting("m1", "Russia", "", ""));
        assertThat(t.tp()).isEqualTo(1);
    }

    @Test
    void anOptionalMeetingFoundIsNotAnExtra() {
        String gold = PEOPLE + """
                , "meetings": [{"id": "m1", "participants": ["Russia"], "optional": true}]""";
        Tally t = score(gold, Category.MEETINGS, meeting("m1", "Russia", "", ""));
        assertThat(t).extracting(Tally::tp, Tally::fp, Tally::fn).containsExactly(0, 0, 0);
    }

    @Test
    void aQuoteMatchesWhenItCoversSixtyPercentOfTheGoldQuote() {
        assertThat(Matches.quote("we are not going to", "we are not going to discuss it")).isTrue();
        assertThat(Matches.quote("we are not going", "we are not going to discuss it")).isFalse();
        assertThat(Matches.quote("discuss it we are not going", "we are not going to discuss it")).isTrue();
    }

    @Test
    void aQuoteWithTheWrongSpeakerIsAMissAndAnExtra() {
        String gold = PEOPLE + """
                , "statements": [{"speaker": "Sergei Ryabkov", "quote": "There is no reason to fear an escalation"}]""";
        String quote = "There is no reason to fear an escalation";
        Tally right = score(gold, Category.STATEMENTS, statement("s1", "Ryabkov", quote.toLowerCase()));
        Tally wrong = score(gold, Category.STATEMENTS, statement("s1", "Sherman", quote));
        assertThat(right).extracting(Tally::tp, Tally::fp, Tally::fn).containsExactly(1, 0, 0);
        assertThat(wrong).extracting(Tally::tp, Tally::fp, Tally::fn).containsExactly(0, 1, 1);
    }

    @Test
    void rowsWithoutAQuoteAreIgnored() {
        Tally t = score(PEOPLE, Category.STATEMENTS, statement("s1", "Sherman", " \u00a0"));
        assertThat(t).extracting(Tally::tp, Tally::fp, Tally::fn).containsExactly(0, 0, 0);
    }

    @Test
    void rowsOfOneStatementCountOnce() {
        Tally t = score(PEOPLE, Category.STATEMENTS, statement("s1", "Sherman", "A firm answer"),
                statement("s1", "Wendy Sherman", "A firm answer"));
        assertThat(t.fp()).isEqualTo(1);
    }

    @Test
    void aDemandNeedsEveryKeyword() {
        String gold = PEOPLE + """
                , "demands": [{"demander": "Russia", "keywords": ["NATO", "expansion"]}]""";
        assertThat(score(gold, Category.DEMANDS, demand("d1", "Russia", "an end to NATO's expansion eastward")).tp())
                .isEqualTo(1);
        assertThat(score(gold, Category.DEMANDS, demand("d1", "Russia", "guarantees from NATO")).tp()).isZero();
    }

    @Test
    void aPositionNeedsAnyKeyword() {
        String gold = PEOPLE + """
                , "positions": [{"holder": "United States", "keywords_any": ["diplomacy", "dialogue"]}]""";
        Tally t = score(gold, Category.POSITIONS, Row.of("position", "p1", "holder", "Washington",
                "text", "remains committed to dialogue"));
        assertThat(t.tp()).isEqualTo(1);
    }

    @Test
    void aCorpusSumsItsCountsAndAveragesTheCategories() {
        ArticleScore a = new ArticleScore("a", Map.of(Category.ACTORS, Tally.of(1, 0, 1)), Map.of());
        ArticleScore b = new ArticleScore("b", Map.of(Category.ACTORS, Tally.of(3, 1, 0)), Map.of());
        CorpusScore s = CorpusScore.create().add(a).add(b).build();
        assertThat(s.total(Category.ACTORS)).extracting(Tally::tp, Tally::fp, Tally::fn).containsExactly(4, 1, 1);
        assertThat(s.macroF1()).isCloseTo((0.8 + 5) / 6, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void nothingToFindAndNothingFoundIsAPerfectScore() {
        assertThat(Tally.zero().prf()).isEqualTo(new Tally.Prf(1.0, 1.0, 1.0));
        assertThat(Tally.of(0, 0, 2).prf()).isEqualTo(new Tally.Prf(0.0, 0.0, 0.0));
    }

    @Test
    void aFailedArticleMissesAllItsRequiredFacts() {
        CorpusScore s = CorpusScore.create().failed("x.gold.json", "boom", Map.of(Category.ACTORS, 4)).build();
        assertThat(s.total(Category.ACTORS).fn()).isEqualTo(4);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(GoldReader.required(withCategories(PEOPLE), Category.ACTORS)).isEqualTo(4);
    }

    @Test
    void figuresAreRoundedHalfToEvenAsPythonPrintsThem() {
        assertThat(Text.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(Text.fixed(0.375, 2)).isEqualTo("0.38");
        assertThat(Text.fixed(2.0 / 3, 3)).isEqualTo("0.667");
    }

    @Test
    void csvValuesMayHoldCommasQuotesAndLineBreaks() {
        List<Row> rows = Csv.rows("statement,quote\r\ns1,\"a, \"\"b\"\"\r\nc\"\r\ns2,\r\n");
        assertThat(rows).containsExactly(Row.of("statement", "s1", "quote", "a, \"b\"\nc"),
                Row.of("statement", "s2", "quote", ""));
    }

    @Test
    void aScoreBelowItsFloorIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("floor.properties");
        Files.writeString(file, "macro=0.95\nactors=0.5\n");
        ArticleScore a = new ArticleScore("a", Map.of(Category.ACTORS, Tally.of(1, 1, 0)), Map.of());
        List<String> v = Floors.read(file).violations(CorpusScore.create().add(a).build());
        assertThat(v).hasSize(1).first().asString().startsWith("macro-F1 0.944 is below its floor 0.95");
    }

    @Test
    void anUnknownFloorKeyIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("floor.properties");
        Files.writeString(file, "meeting=0.4\n");
        assertThatThrownBy(() -> Floors.read(file)).hasMessageContaining("unknown key 'meeting'");
    }

    // ------------------------------------------------------------------ helpers

    /** Scores rows of one category against gold facts given as JSON members. */
    private static Tally score(String members, Category c, Row... rows) {
        Map<Category, List<Row>> m = new EnumMap<>(Category.class);
        m.put(c, List.of(rows));
        return GoldScorer.score(gold(members), m).tally(c);
    }

    private static Gold gold(String members) {
        return GoldReader.read(withCategories(members));
    }

    /** A gold file of these members, the categories they leave out empty. */
    private static JsonObject withCategories(String members) {
        JsonObject o = JSON.parse("{\"article\": \"test.txt\", " + members + "}");
        for (Category c : Category.values()) {
            if (!o.hasKey(c.label())) {
                o.put(c.label(), new JsonArray());
            }
        }
        return o;
    }

    private static Row actor(String iri, String name, String kind) {
        return Row.of("actor", iri, "name", name, "kind", "https://w3id.org/dipkg/ontology#" + kind, "wikidata", "");
    }

    private static Row role(String name, String title, String affiliation) {
        return Row.of("person", "p", "name", name, "title", title, "affiliation", affiliation);
    }

    private static Row meeting(String iri, String participant, String date, String place) {
        return Row.of("meeting", iri, "date", date, "place", place, "participant", participant, "planned", "false");
    }

    private static Row statement(String iri, String speaker, String quote) {
        return Row.of("statement", iri, "speaker", speaker, "date", "", "quote", quote);
    }

    private static Row demand(String iri, String demander, String text) {
        return Row.of("demand", iri, "demander", demander, "addressee", "", "text", text);
    }
}
