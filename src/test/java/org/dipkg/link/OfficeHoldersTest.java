package org.dipkg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.dipkg.extract.Lexicon;
import org.dipkg.extract.LexiconException;

class OfficeHoldersTest {
    private static OfficeHolders load(String name) {
        return OfficeHolders.load("reference-test/" + name, Lexicon.get(), PostClasses.load());
    }

    @Test
    void theShippedFileLoadsWithOneNameAndKeyPerItem() {
        OfficeHolders shipped = OfficeHolders.get();
        assertThat(shipped.terms()).isNotEmpty();
        Map<String, String> keyOfItem = new HashMap<>();
        for (OfficeHolder t : shipped.terms()) {
            assertThat(t.qid()).matches("Q[1-9][0-9]*");
            assertThat(keyOfItem.computeIfAbsent(t.qid(), q -> t.key())).as(t.line()).isEqualTo(t.key());
        }
        assertThat(keyOfItem.values()).doesNotHaveDuplicates();
    }

    @Test
    void inTheShippedFileNoTwoPeopleHoldOnePostOfOneCountryAtOnce() {
        Map<String, java.util.List<OfficeHolder>> byPost = new HashMap<>();
        for (OfficeHolder t : OfficeHolders.get().terms()) {
            byPost.computeIfAbsent(t.post().title() + " of " + t.of().key(), k -> new java.util.ArrayList<>()).add(t);
        }
        java.util.List<String> clashes = new java.util.ArrayList<>();
        byPost.forEach((post, terms) -> {
            for (OfficeHolder a : terms) {
                for (OfficeHolder b : terms) {
                    boolean aFirst = a.term().start().isBefore(b.term().start())
                            || a.term().start().equals(b.term().start()) && a.qid().compareTo(b.qid()) < 0;
                    if (!a.qid().equals(b.qid()) && aFirst
                            && a.term().end().map(b.term().start()::isBefore).orElse(true)) {
                        clashes.add(post + ": " + a.line() + " " + a.name() + " and " + b.line() + " " + b.name());
                    }
                }
            }
        });
        assertThat(clashes).as("terms of different people overlapping beyond the day of handover").isEmpty();
    }

    @Test
    void theDigestIsThatOfTheReferenceFile() throws Exception {
        byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("data", "reference", "office_holders.tsv"));
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(OfficeHolders.digest()).isEqualTo(expected);
    }

    @Test
    void termsAreFoundByAnyOfTheirNamesInAnySpelling() {
        OfficeHolders h = load("holders.tsv");
        assertThat(h.named("Marek Dvorský")).extracting(OfficeHolder::qid).containsExactly("Q900000003");
        assertThat(h.named("MAREK J. DVORSKY")).extracting(OfficeHolder::qid).containsExactly("Q900000003");
        assertThat(h.named("Marek Dvorak")).isEmpty();
        assertThat(h.named("Dvorský")).extracting(OfficeHolder::qid).containsExactly("Q900000003");
        assertThat(h.named("Marek")).isEmpty();
        assertThat(h.named("Marek Jan Dvorsky")).extracting(OfficeHolder::qid).containsExactly("Q900000003");
        assertThat(h.named("Dvorsky Marek")).extracting(OfficeHolder::qid).containsExactly("Q900000003");
        assertThat(h.named("Aldo Ferrante")).extracting(OfficeHolder::qid)
                .containsExactlyInAnyOrder("Q900000001", "Q900000002");
    }

    @Test
    void twoPeopleOfOneNameGetTwoKeysAndTermsHaveTheirDates() {
        OfficeHolders h = load("holders.tsv");
        assertThat(h.named("Aldo Ferrante")).extracting(OfficeHolder::key)
                .containsExactlyInAnyOrder("person/aldo-ferrante-q900000001", "person/aldo-ferrante-q900000002");
        OfficeHolder president = h.named("Marek Dvorsky").get(0);
        assertThat(president.key()).isEqualTo("person/marek-dvorsky");
        assertThat(president.post().titleClass()).isEqualTo("head_of_state");
        assertThat(president.of().key()).isEqualTo("country/poland");
        assertThat(president.term().covers(LocalDate.of(2017, 12, 31))).isFalse();
        assertThat(president.term().covers(LocalDate.of(2018, 1, 1))).isTrue();
        assertThat(president.term().covers(LocalDate.of(2040, 1, 1))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bad-qid.tsv|bad-qid.tsv:2: 'X12' is not a Wikidata item",
        "bad-post.tsv|bad-post.tsv:2: post 'Grand Vizier' is not a title of titles.tsv",
        "bad-of.tsv|bad-of.tsv:2: 'Ruritania' is neither a country",
        "bad-date.tsv|bad-date.tsv:2: start '2001-02-30' is not a date",
        "bad-order.tsv|bad-order.tsv:2: end 2001-01-01 is before start 2005-01-01",
        "bad-names.tsv|bad-names.tsv:3: Q1 is named 'Ana Lind' on an earlier line, here 'Anna Lind'"})
    void aBadRowIsReportedByFileAndLine(String file, String message) {
        assertThatThrownBy(() -> load(file)).isInstanceOf(LexiconException.class).hasMessageContaining(message);
    }
}
