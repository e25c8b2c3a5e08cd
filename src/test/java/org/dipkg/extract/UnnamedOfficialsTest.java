package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;

/**
 * A government's readout leaves its own official unnamed ("The Prime Minister spoke to ..."):
 * the post stands for the article's home country, on readouts written for these tests.
 */
class UnnamedOfficialsTest {
    private static List<List<String>> meetings(Extraction x) {
        return x.meetings().stream().map(m -> m.participants().stream().map(Actor::name).sorted().toList()).toList();
    }

    @Test
    void anUnnamedPrimeMinisterMeetsForTheHomeCountry() {
        Extraction x = Articles.parsed("PM call with Kenyan President Amani Otieno",
                "The Prime Minister spoke to Kenyan President Amani Otieno this evening.\n\n"
                        + "The Prime Minister set out Portugal's support for the talks in Sudan.", "2023-05-08");
        assertThat(meetings(x)).containsExactly(List.of("Amani Otieno", "Portugal"));
    }

    @Test
    void theHostWhoseTitleTheGuestSharesIsStillTheHomeCountry() {
        Extraction x = Articles.parsed("PM meeting with Prime Minister Ali Hadi of Iraq",
                "The Prime Minister met with Prime Minister of Iraq Ali Hadi in London this afternoon.\n\n"
                        + "He welcomed the progress Iraq has made and said that Portugal is keen to assist.",
                "2023-05-08");
        assertThat(meetings(x)).containsExactly(List.of("Ali Hadi", "Portugal"));
        assertThat(x.positions()).extracting(p -> p.holder().name()).containsExactly("Portugal");
    }

    @Test
    void theCountryOfTheOtherSidesPostIsNotTheHomeCountry() {
        Extraction x = Articles.parsed("Foreign Secretary meets Norwegian Foreign Minister",
                "The Foreign Secretary met Lars Berg today.\n\n"
                        + "The Foreign Secretary and the Norwegian Foreign Minister discussed Norway's fisheries "
                        + "and Iceland's offer to host talks.", "2023-05-08");
        assertThat(meetings(x)).anyMatch(m -> m.containsAll(List.of("Iceland", "Lars Berg")));
    }

    @Test
    void aCountryNamedOnlyAsTheObjectOfAPrepositionIsATopic() {
        Extraction x = Articles.parsed("PM call with Secretary-General",
                "The Prime Minister spoke to Kenyan President Amani Otieno this evening.\n\n"
                        + "They discussed the situation in Yemen and support for Haiti.", "2023-05-08");
        assertThat(meetings(x)).isEmpty();   // the Prime Minister stands for no country, and one person is no meeting
    }

    @Test
    void aPostWhoseHolderTheArticleNamesIsThatPerson() {
        Extraction x = Articles.parsed("Talks",
                "Prime Minister Ravi Menon of Portugal arrived in Nairobi on Monday.\n\n"
                        + "The Prime Minister met Kenyan President Amani Otieno on Tuesday.", "2023-05-10");
        assertThat(meetings(x)).contains(List.of("Amani Otieno", "Ravi Menon"));
        assertThat(meetings(x)).noneMatch(m -> m.contains("Portugal") && !m.contains("Ravi Menon"));
    }

    @Test
    void anUnnamedPresidentIsNotTakenForTheHomeCountry() {
        Extraction x = Articles.parsed("Council statement",
                "The President met Kenyan President Amani Otieno on Tuesday.\n\n"
                        + "Portugal's delegation took part.", "2023-05-10");
        assertThat(meetings(x)).noneMatch(m -> m.contains("Portugal"));
    }

    @Test
    void aPostGivenWithItsCountryIsLeftToTheNameRules() {
        Extraction x = Articles.parsed("Call",
                "The Portuguese Prime Minister spoke to Kenyan President Amani Otieno.\n\n"
                        + "Iceland's envoy joined them.", "2023-05-10");
        assertThat(meetings(x)).noneMatch(m -> m.contains("Iceland"));
    }

    @Test
    void heAfterAnUnnamedOfficialIsThatOfficial() {
        Extraction x = Articles.parsed("NATO Secretary General in Valletta",
                "The NATO Secretary General met with Prime Minister Kyros Andreou in Valletta on Thursday.\n\n"
                        + "The Secretary General praised Malta for its work on maritime safety. He also "
                        + "thanked Malta for hosting the seminar.", "2023-05-08");
        assertThat(x.positions()).filteredOn(p -> p.text().contains("thanked"))
                .extracting(p -> p.holder().name()).containsExactly("NATO");
    }

    @Test
    void aBareTitleIsTheFirstNamedHolderOfAPostThatContainsIt() {
        Extraction x = Articles.parsed("Minister visits Kenya",
                "Minister of State for Development Ana Duarte of Portugal met Foreign Minister Amani Otieno of Kenya "
                        + "in Nairobi.\n\nThe Minister also raised concern about the drought in the north.",
                "2023-05-08");
        assertThat(x.positions()).anyMatch(p -> p.holder().name().equals("Ana Duarte") && p.text().contains("drought"));
    }

    @Test
    void aBareTitleIsTheBodysHolderNotTheGuestTheHeadlineNames() {
        Extraction x = Articles.parsed("Readout of the President's Call to President Tomas Quispe of Peru",
                "This evening President Ana Duarte spoke by phone with Peruvian President Tomas Quispe.\n\n"
                        + "The President welcomed Peru's efforts to help target the criminals.", "2023-05-08");
        assertThat(x.positions()).anyMatch(p -> p.holder().name().equals("Ana Duarte") && p.text().contains("efforts"));
    }

    @Test
    void aReadoutSpokenFromASeatOfGovernmentHasThatCountryAsHome() {
        Extraction x = Articles.parsed("PM call with President Tomas Quispe of Peru",
                "A Downing Street spokesperson said:\n\nThe Prime Minister spoke to President Tomas Quispe of Peru "
                        + "this evening.\n\nThe Prime Minister expressed concern about the drought in the south.",
                "2023-05-08");
        assertThat(meetings(x)).contains(List.of("Tomas Quispe", "United Kingdom"));
        assertThat(x.positions()).anyMatch(p -> p.holder().name().equals("United Kingdom") && p.text().contains("drought"));
    }
}
