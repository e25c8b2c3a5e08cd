package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Demand;
import org.dipkg.model.Extraction;

/** Demands that list several things asked for, and bodies speaking through their members, on sentences written for these tests. */
class DemandListsTest {
    private static List<String> texts(Extraction x) {
        return x.demands().stream().map(Demand::text).toList();
    }

    @Test
    void infinitivesSetSideBySideAreOneDemandEach() {
        Extraction x = Articles.parsed("Statement", "The African Union called on all parties to lay down their "
                + "arms, not to attack civilians, to release the hostages and to return to the talks.", "2023-05-08");
        assertThat(texts(x)).hasSize(4);
        assertThat(texts(x)).anyMatch(t -> t.startsWith("attack civilians"));
        assertThat(texts(x)).anyMatch(t -> t.startsWith("return to the talks"));
        assertThat(x.demands()).allMatch(d -> d.demander().name().equals("African Union"));
    }

    @Test
    void nounsCalledForAreOneDemandEach() {
        Extraction x = Articles.parsed("Statement", "The European Union called for the immediate release of the "
                + "journalists and the opening of an independent inquiry.", "2023-05-08");
        assertThat(texts(x)).hasSize(2);
        assertThat(texts(x).get(0)).contains("release of the journalists");
        assertThat(texts(x).get(1)).contains("opening of an independent inquiry");
    }

    @Test
    void aPurposeClauseIsNotASecondDemand() {
        Extraction x = Articles.parsed("Statement", "The African Union called on the government to open the "
                + "border crossings in order to let aid through.", "2023-05-08");
        assertThat(texts(x)).hasSize(1);
    }

    @Test
    void oneThingCalledForIsOneDemand() {
        Extraction x = Articles.parsed("Statement", "The European Union called for the immediate release of the "
                + "journalists held in the capital.", "2023-05-08");
        assertThat(texts(x)).hasSize(1);
    }

    @Test
    void theMembersOfABodySpeakForIt() {
        Extraction x = Articles.parsed("Press statement", "The Members of the Security Council called on the "
                + "parties to resume the negotiations.", "2023-05-08");
        assertThat(x.demands()).hasSize(1);
        assertThat(x.demands().get(0).demander().name()).isEqualTo("UN Security Council");
    }

    @Test
    void whatASpeakerCallsVitalIsAskedOfTheSubjectOfTheClause() {
        Extraction x = Articles.parsed("Briefing", "Foreign Minister Ana Duarte said it is vital that Kenya "
                + "reopens the border crossings.", "2023-05-08");
        assertThat(x.demands()).singleElement().satisfies(d -> {
            assertThat(d.demander().name()).isEqualTo("Ana Duarte");
            assertThat(d.addressee().map(a -> a.name())).contains("Kenya");
            assertThat(d.text()).startsWith("Kenya reopens the border crossings");
        });
    }

    @Test
    void eachNounAModalAsksForIsADemandOfTheViewsHolder() {
        Extraction x = Articles.parsed("Report", "The Coastal Group met in Oslo. It is the view of the Coastal Group "
                + "that all members of a future government must be committed to nonviolence, recognition of Chile, "
                + "and acceptance of previous agreements.", "2023-05-10");
        assertThat(x.demands()).extracting(d -> d.demander().name() + ": " + d.text()).containsExactly(
                "Coastal Group: nonviolence", "Coastal Group: recognition of Chile",
                "Coastal Group: acceptance of previous agreements");
    }

    @Test
    void aModalAskingForOneThingIsOneDemand() {
        Extraction x = Articles.parsed("Report", "The Coastal Group believes that the new government must be "
                + "committed to nonviolence.", "2023-05-10");
        assertThat(x.demands()).singleElement().satisfies(d -> assertThat(d.text()).contains("nonviolence"));
    }

    @Test
    void aViewWithoutAModalIsNoDemand() {
        Extraction x = Articles.parsed("Report", "It is the view of the Coastal Group that the elections were "
                + "free and fair.", "2023-05-10");
        assertThat(x.demands()).isEmpty();
    }

    @Test
    void expectingOthersToActAndAnImperativeAreDemands() {
        Extraction x = Articles.parsed("Statement", "Foreign Minister Ana Duarte said Portugal expects both sides "
                + "to meet their obligations under the plan.", "2023-05-08");
        assertThat(texts(x)).anyMatch(t -> t.contains("meet their obligations"));
        Extraction y = Articles.parsed("Statement", "Foreign Minister Ana Duarte of Portugal said it was imperative "
                + "to bring the perpetrators of the attack to justice.", "2023-05-08");
        assertThat(texts(y)).anyMatch(t -> t.contains("to justice"));
    }

    @Test
    void beingExpectedToArriveIsNoDemand() {
        Extraction x = Articles.parsed("Travel", "President Ana Duarte of Portugal is expected to arrive in Lima "
                + "on Monday.", "2023-05-08");
        assertThat(texts(x)).isEmpty();
    }
}
