package org.dipkg.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dipkg.coding.Facts.FREEDONIA;
import static org.dipkg.coding.Facts.LINDQVIST;
import static org.dipkg.coding.Facts.OKAFOR;
import static org.dipkg.coding.Facts.ROLES;
import static org.dipkg.coding.Facts.RUIZ;
import static org.dipkg.coding.Facts.RURITANIA;
import static org.dipkg.coding.Facts.STRELSAU;
import static org.dipkg.coding.Facts.TOLEDANO;
import static org.dipkg.coding.Facts.demand;
import static org.dipkg.coding.Facts.meeting;
import static org.dipkg.coding.Facts.position;
import static org.dipkg.coding.Facts.statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.dipkg.model.Actor;
import org.dipkg.model.Meeting;
import org.dipkg.model.MeetingKind;

/** The standard coding rules on invented facts; together the tests use every rule. */
class EventCoderTest {
    private static final EventCoder CODER = EventCoder.standard();
    private static final Set<String> USED = new TreeSet<>();

    private static EventCode used(Optional<EventCode> c) {
        assertThat(c).as("a code").isPresent();
        USED.add(c.get().rule());
        return c.get();
    }

    /** Checks a code: its CAMEO code, PLOVER type, source and target (null: none). */
    private static void coded(Optional<EventCode> c, String cameo, String plover, Actor source, Actor target) {
        EventCode code = used(c);
        assertThat(code.cameo()).isEqualTo(cameo);
        assertThat(code.plover()).isEqualTo(Optional.ofNullable(plover));
        assertThat(code.source()).isEqualTo(Optional.ofNullable(source));
        assertThat(code.target()).isEqualTo(Optional.ofNullable(target));
    }

    private static EventCode meet(Meeting m) {
        return used(CODER.meeting(m, ROLES));
    }

    @AfterAll
    static void everyRuleIsTested() {
        Set<String> all = new TreeSet<>();
        CODER.rules().all().forEach(r -> all.add(r.source()));
        assertThat(USED).as("rules the tests used").isEqualTo(all);
    }

    /** A meeting, the code it should get, and CAMEO's source and target. */
    record Case(String name, Meeting meeting, String cameo, Actor source, Actor target) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> placedMeetings() {
        return Stream.of(
                new Case("a visit to the host's capital is a visit made, from the visitor to the host",
                        meeting(MeetingKind.MEETING, false, STRELSAU,
                                "Foreign Minister Okafor met President Ruiz in Strelsau.", OKAFOR, RUIZ),
                        "042", OKAFOR, RUIZ),
                new Case("the host named first hosts the visit",
                        meeting(MeetingKind.MEETING, false, STRELSAU,
                                "President Ruiz received Foreign Minister Okafor in Strelsau.", RUIZ, OKAFOR),
                        "043", RUIZ, OKAFOR),
                new Case("a country takes part for itself",
                        meeting(MeetingKind.MEETING, false, STRELSAU, "Freedonia and Ruritania met in Strelsau.",
                                FREEDONIA, RURITANIA),
                        "042", FREEDONIA, RURITANIA),
                new Case("a meeting in a country of neither side is at a third location",
                        meeting(MeetingKind.MEETING, false, TOLEDANO, "Okafor and Ruiz met in Toledano.", OKAFOR, RUIZ),
                        "044", OKAFOR, RUIZ));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placedMeetings")
    void meetingsByWhereTheyArePlaced(Case c) {
        coded(CODER.meeting(c.meeting(), ROLES), c.cameo(), "CONSULT", c.source(), c.target());
    }

    @Test
    void aPlannedMeetingIsAnIntentToMeetWhereverItIs() {
        EventCode c = meet(meeting(MeetingKind.MEETING, true, STRELSAU,
                "Okafor will meet Ruiz in Strelsau next week.", OKAFOR, RUIZ));
        assertThat(c.cameo()).isEqualTo("036");
        assertThat(c.plover()).contains("AGREE");
    }

    @Test
    void aTelephoneCallIsADiscussionByTelephone() {
        EventCode c = meet(meeting(MeetingKind.PHONE_CALL, false, null, "Okafor spoke by telephone with Ruiz.",
                OKAFOR, RUIZ));
        assertThat(c.cameo()).isEqualTo("041");
        assertThat(c.target()).contains(RUIZ);
    }

    @Test
    void aVideoConferenceIsAConsultation() {
        assertThat(meet(meeting(MeetingKind.VIDEO_CONFERENCE, false, null, "Okafor and Ruiz held a video call.",
                OKAFOR, RUIZ)).cameo()).isEqualTo("040");
    }

    @Test
    void talksAThirdPartyMediatesAreMediation() {
        assertThat(meet(meeting(MeetingKind.TALKS, false, TOLEDANO,
                "Okafor and Ruiz held talks in Toledano, mediated by Prime Minister Lindqvist.",
                OKAFOR, RUIZ, LINDQVIST)).cameo()).isEqualTo("045");
    }

    @Test
    void negotiationsAreNegotiationEvenOnAVisit() {
        assertThat(meet(meeting(MeetingKind.MEETING, false, STRELSAU,
                "Okafor began negotiations with Ruiz in Strelsau.", OKAFOR, RUIZ)).cameo()).isEqualTo("046");
    }

    @Test
    void talksWithoutAPlaceAreNegotiation() {
        assertThat(meet(meeting(MeetingKind.TALKS, false, null, "Okafor held talks with Ruiz.", OKAFOR, RUIZ))
                .cameo()).isEqualTo("046");
    }

    @Test
    void aMeetingWithoutAPlaceIsAConsultationBetweenTheFirstTwo() {
        EventCode c = meet(meeting(MeetingKind.MEETING, false, null, "Okafor met Ruiz.", OKAFOR, RUIZ));
        assertThat(c.cameo()).isEqualTo("040");
        assertThat(c.source()).contains(OKAFOR);
        assertThat(c.target()).contains(RUIZ);
    }

    @Test
    void participantsOfUnknownCountryMakeNoVisit() {
        Actor stranger = Facts.person("Jorun Vale");
        assertThat(meet(meeting(MeetingKind.MEETING, false, STRELSAU, "Vale met Ruiz in Strelsau.", stranger, RUIZ))
                .cameo()).isEqualTo("040");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We are deeply worried by the shelling.|012",
            "I am hopeful that we can close the gap.|013",
            "The talks were constructive.|013",
            "We will keep the embassy open.|010"})
    void statementsByTheirWords(String quote, String code) {
        coded(CODER.statement(statement(OKAFOR, quote)), code, null, OKAFOR, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "accept mediation by Sylvania|108",
            "return to negotiations without conditions|106",
            "agree to a cease-fire|105",
            "withdraw its troops from the border|105",
            "settle the border dispute|107",
            "hold free elections|104",
            "allow humanitarian aid into the valley|103",
            "support the resolution in the council|107",
            "endorse the candidate of the region|102",
            "cooperate on customs controls|101",
            "stop the arrests|100"})
    void demandsByWhatIsDemanded(String text, String code) {
        coded(CODER.demand(demand(OKAFOR, RUIZ, text)), code, "DEMAND", OKAFOR, RUIZ);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "refusal|Ruiz refused to hold talks with the rebels.|125|REJECT",
            "refusal|Ruiz refused the terms.|120|REJECT",
            "opposition|Ruiz rejected the proposal.|120|REJECT",
            "opposition|Ruiz condemned the attack.|111|DISAPPROVE",
            "opposition|Ruiz opposes the pipeline.|110|DISAPPROVE",
            "concern|Ruiz expressed concern over the tests.|110|DISAPPROVE",
            "support|Ruiz supports the plan.|051|SUPPORT",
            "welcome|Ruiz welcomed the release.|051|SUPPORT",
            "appreciation|Ruiz thanked Freedonia for its help.|051|SUPPORT",
            "openness|Ruiz is open to talks.|036|AGREE",
            "openness|Ruiz is ready to help.|030|AGREE",
            "commitment|Ruiz pledged to rebuild the bridge.|030|AGREE",
            "commitment|Ruiz stressed the importance of trade.|010|",
            "expectation|Ruiz was pessimistic about the outcome.|012|",
            "expectation|Ruiz expects to sign in May.|013|"})
    void positionsByStanceAndWords(String stance, String sentence, String code, String plover) {
        coded(CODER.position(position(RUIZ, stance, sentence)), code, plover, RUIZ, null);
    }

    @Test
    void aSupportWordOutsideAStanceOfSupportIsNoEndorsement() {
        assertThat(used(CODER.position(position(RUIZ, "concern", "Ruiz is concerned about support for the rebels.")))
                .cameo()).isEqualTo("110");
    }

    @Test
    void theFirstRuleThatAppliesWins() {
        List<CodingRule> meetingRules = CODER.rules().of(FactKind.MEETING);
        assertThat(meetingRules.get(0).condition()).isEqualTo(Condition.PLANNED);
        assertThat(meet(meeting(MeetingKind.PHONE_CALL, true, null, "Okafor will call Ruiz.", OKAFOR, RUIZ)).cameo())
                .isEqualTo("036");
    }
}
