package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;
import org.dipkg.model.Place;

/** Where a meeting was held, on sentences written for these tests. */
class MeetingPlacesTest {
    private static List<String> places(Extraction x) {
        return x.meetings().stream().map(m -> m.place().map(Place::name).orElse("")).toList();
    }

    @Test
    void theLeadSaysWhereTheVisitorIs() {
        Extraction x = Articles.parsed("Talks", "Foreign Minister Ana Duarte of Portugal is in the Moroccan capital, "
                + "Rabat, for two days of talks on trade.\n\nOn Tuesday, Duarte met Prime Minister Karim Bennani "
                + "of Morocco.", "2023-05-10");
        assertThat(places(x)).containsOnly("Rabat");
    }

    @Test
    void hereInACityInATranscript() {
        Extraction x = Articles.parsed("Remarks", "President Rosa Vidal of Chile met President Tomas Quispe of Peru "
                + "on Monday.\n\nPRESIDENT VIDAL: I am glad to be here in Lima again.", "2023-05-10");
        assertThat(places(x)).contains("Lima");
    }

    @Test
    void aCityNamedLaterInTheArticleIsNoDateline() {
        Extraction x = Articles.parsed("Talks", "President Rosa Vidal of Chile met President Tomas Quispe of Peru "
                + "on Monday.\n\nThe two will travel on to Lima for a regional summit in June.", "2023-05-10");
        assertThat(x.meetings().get(0).place()).isEmpty();
    }

    @Test
    void aCityIntroducedAsTheCapital() {
        Extraction x = Articles.parsed("Talks", "Foreign Minister Ana Duarte of Portugal met her counterpart "
                + "Karim Bennani in the Moroccan capital Rabat on Tuesday.", "2023-05-10");
        assertThat(places(x)).containsExactly("Rabat");
    }

    @Test
    void aCityAfterTheCapitalAndAComma() {
        Extraction x = Articles.parsed("Talks", "President Rosa Vidal met President Tomas Quispe on Monday at "
                + "the presidential palace in the capital, Rabat.", "2023-05-10");
        assertThat(places(x)).containsExactly("Rabat");
    }

    @Test
    void aTownTheGazetteerDoesNotKnowIsFoundByTheEntityRecognizer() {
        Extraction x = Articles.parsed("Visit", "During a visit to the mountain town of Puerto Varas, President "
                + "Rosa Vidal held talks with Prime Minister Ravi Menon on Monday.", "2023-05-10");
        assertThat(places(x)).containsExactly("Puerto Varas");
    }

    @Test
    void aCountryNamedAfterACapitalNounIsNotAPlace() {
        Extraction x = Articles.parsed("Talks", "President Rosa Vidal met Prime Minister Ravi Menon on Monday "
                + "to discuss investment in the capital markets of Morocco.", "2023-05-10");
        assertThat(places(x)).containsExactly("");
    }

    @Test
    void aVerblessDatelineGivesThePlaceOfAMeetingHeldThatDay() {
        Extraction x = Articles.parsed("President Rosa Vidal met with Prime Minister Ravi Menon",
                "March 4, 2019, The Royal Palace, Rabat\n\nRosa Vidal said in her opening remarks at a meeting with "
                        + "Ravi Menon that relations were good.", "2019-03-04");
        Meeting m = x.meetings().get(0);
        assertThat(m.place().map(Place::name)).contains("Rabat");
    }

    @Test
    void aCityWithItsCountryAndADateInACaptionIsTheDateline() {
        Extraction x = Articles.parsed("President Rosa Vidal meets Prime Minister Ravi Menon",
                "President Rosa Vidal shakes hands with Prime Minister Ravi Menon at the palace, Rabat, Morocco, "
                        + "March 4, 2019.\n\nThe two leaders discussed trade.", "2019-03-04");
        assertThat(places(x)).containsExactly("Rabat");
    }

    @Test
    void aCityWithItsCountryButNoDateIsNotADateline() {
        Extraction x = Articles.parsed("President Rosa Vidal meets Prime Minister Ravi Menon",
                "Trade between Rabat, Morocco, and the north has grown.\n\nThe two leaders discussed trade.",
                "2019-03-04");
        assertThat(places(x)).containsOnly("");
    }

    @Test
    void aCityAfterAVisitAndADayWord() {
        Extraction x = Articles.parsed("Visit", "Prime Minister Ana Ruiz met Chancellor Petr Novak on an official "
                + "visit today to Vienna, Austria.", "2023-05-10");
        assertThat(places(x)).containsExactly("Vienna");
    }

    @Test
    void aCityOnTheOutskirtsOfTheCapital() {
        Extraction x = Articles.parsed("Talks", "Mr. Ruiz and Mr. Novak discussed trade Friday during a meeting on "
                + "the outskirts of the Austrian capital, Vienna.", "2023-05-10");
        assertThat(places(x)).containsExactly("Vienna");
    }

    @Test
    void aTopicAfterOnIsNoPlace() {
        Extraction x = Articles.parsed("Talks", "President Rosa Vidal met Prime Minister Ravi Menon on Monday "
                + "for talks on Vienna's role in the dispute.", "2023-05-10");
        assertThat(places(x)).containsExactly("");
    }

    @Test
    void aSeatOfGovernmentStandsInItsCapital() {
        Extraction x = Articles.parsed("Talks", "President Ana Ruiz met President Tomas Vidal of Peru at the White "
                + "House on Monday. President Ana Ruiz held talks with President Tomas Vidal in the Kremlin on "
                + "Friday.", "2023-05-10");
        assertThat(places(x)).containsExactlyInAnyOrder("Washington", "Moscow");
    }

    @Test
    void aSeatOfGovernmentThatSpeaksIsNoPlace() {
        Extraction x = Articles.parsed("Talks", "The White House said President Ana Ruiz met President Tomas "
                + "Vidal of Peru on Monday.", "2023-05-10");
        assertThat(places(x)).containsExactly("");
    }

    @Test
    void aMeetingWithoutAPlaceIsInTheOneCityTheArticleIsIn() {
        Extraction x = Articles.parsed("Visit", "Prime Minister Ana Ruiz arrived in Lima on Sunday for a two-day "
                + "visit. On Monday, Ruiz met President Tomas Vidal of Peru.", "2023-05-10");
        assertThat(places(x)).containsExactly("Lima");
    }

    @Test
    void aCallOrAnArticleOfTwoCitiesGetsNoPlaceThatWay() {
        Extraction call = Articles.parsed("Call", "Prime Minister Ana Ruiz arrived in Lima on Sunday. On Monday, "
                + "she spoke by phone with Chancellor Petr Novak.", "2023-05-10");
        assertThat(places(call)).containsExactly("");
        Extraction two = Articles.parsed("Visit", "Prime Minister Ana Ruiz arrived in Lima on Sunday and flew to "
                + "Quito on Tuesday. On Monday, Ruiz met President Tomas Vidal of Peru.", "2023-05-10");
        assertThat(places(two)).containsExactly("");
    }

    @Test
    void aDatelineUnderTheLeadSentenceGivesThePlace() {
        Extraction x = Articles.parsed("Meeting with President of Ruritania Ivo Dan",
                "President Rosa Vidal had a meeting with President of Ruritania Ivo Dan during the "
                        + "forum.\n\nMarch 3, 2019, Nairobi\n\nPresident Rosa Vidal: Mr President, colleagues, it is "
                        + "good to see you.", "2019-03-03");
        assertThat(places(x)).containsExactly("Nairobi");
    }

    @Test
    void aBylineUnderATimeOfDayStillGivesThePlace() {
        Extraction x = Articles.parsed("Secretary Anna Berg and Foreign Minister Carl Fix Before Their Meeting",
                "03/14/2022 10:15 AM EDT\n\nAnna Berg, Secretary of State\n\nNew York City, New York\n\n"
                        + "SECRETARY BERG: Carl, welcome, we have much to discuss.\n\nFOREIGN MINISTER FIX: Thank you.",
                "2022-03-14");
        assertThat(places(x)).containsExactly("New York");
    }

    @Test
    void aDateUnderARemarksByLineDatesTheHeadlineMeeting() {
        Extraction x = Articles.parsed("Remarks With President Ivo Dan",
                "Department of State\n\nRemarks by Anna Berg, Secretary of State\n\nMarch 9, 2020\n\n"
                        + "PRESIDENT DAN: Welcome to our country, Madam Secretary.\n\nSECRETARY BERG: Thank "
                        + "you, Mr. President.", "2020-03-12");
        assertThat(x.meetings()).extracting(m -> m.date().map(org.dipkg.model.PartialDate::iso).orElse(""))
                .containsExactly("2020-03-09");
    }
}
