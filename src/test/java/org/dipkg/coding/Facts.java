package org.dipkg.coding;

import java.util.List;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;
import org.dipkg.model.Demand;
import org.dipkg.model.Evidence;
import org.dipkg.model.Meeting;
import org.dipkg.model.MeetingKind;
import org.dipkg.model.Place;
import org.dipkg.model.Position;
import org.dipkg.model.Role;
import org.dipkg.model.Statement;

/** Invented actors, places and facts for tests of the event coding and what follows it. */
public final class Facts {
    public static final Actor RURITANIA = country("Ruritania", "Q990001");
    public static final Actor FREEDONIA = country("Freedonia", "Q990002");
    public static final Actor SYLVANIA = country("Sylvania", "Q990003");
    public static final Actor OKAFOR = person("Amara Okafor");
    public static final Actor RUIZ = person("Tomas Ruiz");
    public static final Actor LINDQVIST = person("Elin Lindqvist");
    /** Foreign minister of Freedonia, president of Ruritania, prime minister of Sylvania. */
    public static final List<Role> ROLES = List.of(
            role(OKAFOR, "Foreign Minister", FREEDONIA), role(RUIZ, "President", RURITANIA),
            role(LINDQVIST, "Prime Minister", SYLVANIA));
    public static final Place STRELSAU = new Place("place/strelsau", "Strelsau", Optional.of("Q990011"),
            Optional.of("Ruritania"));
    public static final Place TOLEDANO = new Place("place/toledano", "Toledano", Optional.empty(),
            Optional.of("Sylvania"));

    private Facts() {
    }

    public static Actor country(String name, String qid) {
        return new Actor("country/" + name.toLowerCase(), name, ActorKind.COUNTRY, Optional.of(qid));
    }

    public static Actor person(String name) {
        return new Actor("person/" + name.toLowerCase().replace(' ', '-'), name, ActorKind.PERSON, Optional.empty());
    }

    public static Role role(Actor person, String title, Actor country) {
        return new Role(person, title, Optional.of(country), evidence(person.name() + " is " + title + "."));
    }

    /** Evidence of one sentence that starts the text. */
    public static Evidence evidence(String sentence) {
        return new Evidence(0, 0, sentence.length(), sentence, "test");
    }

    public static Meeting meeting(MeetingKind kind, boolean planned, Place place, String sentence,
                                  Actor... participants) {
        return new Meeting(kind, List.of(participants), Optional.ofNullable(place), Optional.empty(), Optional.empty(),
                planned, List.of(evidence(sentence)));
    }

    public static Statement statement(Actor speaker, String quote) {
        return new Statement(Optional.of(speaker), quote, Optional.empty(), Optional.empty(),
                evidence(speaker.name() + " said: \"" + quote + "\""));
    }

    public static Demand demand(Actor demander, Actor addressee, String text) {
        return new Demand(demander, Optional.ofNullable(addressee), text, Optional.empty(),
                evidence(demander.name() + " called on " + addressee.name() + " to " + text + "."));
    }

    public static Position position(Actor holder, String stance, String sentence) {
        return new Position(holder, sentence, stance, false, evidence(sentence));
    }
}
