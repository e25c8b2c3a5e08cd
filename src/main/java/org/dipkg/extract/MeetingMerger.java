package org.dipkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;
import org.dipkg.model.Evidence;
import org.dipkg.model.Meeting;
import org.dipkg.model.MeetingKind;
import org.dipkg.model.PartialDate;
import org.dipkg.model.Place;
import org.dipkg.model.Role;

/**
 * Makes one meeting per real event from the sentences that tell of it: a reference
 * ("the talks") joins the meeting told last; a candidate joins an earlier meeting when
 * they share a participant (or a person's country stands for the other's) and their date,
 * place and planned-or-held agree. Held meetings with no date get the article's date.
 */
final class MeetingMerger {
    private static final class Draft {
        MeetingKind kind;
        final Set<Actor> participants = new LinkedHashSet<>();
        Optional<Place> place = Optional.empty();
        Optional<String> venue = Optional.empty();
        Optional<PartialDate> date = Optional.empty();
        boolean planned;
        final List<Evidence> evidence = new ArrayList<>();
        /** The participants as each sentence lists them. */
        final List<Set<Actor>> lists = new ArrayList<>();
    }

    private final List<Role> roles;
    private final Optional<PartialDate> defaultDate;

    MeetingMerger(List<Role> roles, Optional<PartialDate> defaultDate) {
        this.roles = roles;
        this.defaultDate = defaultDate;
    }

    List<Meeting> merge(List<MeetingFinder.Candidate> candidates) {
        List<Draft> drafts = new ArrayList<>();
        for (MeetingFinder.Candidate c : candidates) {
            if (c.anaphoric()) {
                if (!drafts.isEmpty()) {
                    Draft last = drafts.get(drafts.size() - 1);
                    if (c.date().isEmpty() || last.date.isEmpty() || compatible(last.date, c.date())) {
                        absorb(last, c, false);
                    }
                }
                continue;
            }
            if (c.participants().isEmpty()) {
                continue;
            }
            Draft target = null;
            for (int i = drafts.size() - 1; i >= 0; i--) {
                if (sameEvent(drafts.get(i), c)) {
                    target = drafts.get(i);
                    break;
                }
            }
            if (target == null) {
                target = new Draft();
                target.kind = c.kind();
                target.planned = c.planned();
                drafts.add(target);
            }
            absorb(target, c, true);
        }
        List<Meeting> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.participants.isEmpty() || lonePerson(d)) {
                continue;
            }
            Optional<PartialDate> date = d.date.isEmpty() && !d.planned ? defaultDate : d.date;
            out.add(new Meeting(d.kind, List.copyOf(d.participants), d.place, d.venue, date, d.planned, d.evidence));
            out.addAll(rounds(d, date));
        }
        return out;
    }

    /** "the minister's trip to Lima", "Okafor held a news conference": one person alone is travel or a speech, not a meeting. */
    private static boolean lonePerson(Draft d) {
        return d.participants.size() == 1 && d.participants.iterator().next().kind().isPerson();
    }

    /** Persons at one meeting from whom on a visitor is taken to have met each of them ("met with A, B, C and D"). */
    private static final int ROUND = 4;

    /**
     * "During his trip, Berg met with the President of the Parliament A, Prime Minister B,
     * Foreign Minister C ...": a visitor who meets a list of hosts of one country meets each of
     * them, so each pair is a meeting too, beside the meeting of all. Persons of several
     * countries around one table are one meeting only; so is a list with a name of one word,
     * which may be a form of address or a fragment rather than a person.
     */
    private List<Meeting> rounds(Draft d, Optional<PartialDate> date) {
        Set<List<Actor>> pairs = new LinkedHashSet<>();
        for (Set<Actor> list : d.lists) {
            List<Actor> persons = list.stream().filter(x -> x.kind().isPerson()).toList();
            if (persons.size() < ROUND || persons.stream().anyMatch(p -> !p.name().contains(" "))) {
                continue;
            }
            Set<Actor> hosts = new LinkedHashSet<>();
            for (Actor p : persons.subList(1, persons.size())) {
                affiliations(p).stream().filter(x -> x.kind() == ActorKind.COUNTRY).forEach(hosts::add);
            }
            if (hosts.size() > 1 || hosts.stream().anyMatch(h -> affiliations(persons.get(0)).contains(h))) {
                continue;
            }
            for (Actor host : persons.subList(1, persons.size())) {
                pairs.add(List.of(persons.get(0), host));
            }
        }
        List<Meeting> out = new ArrayList<>();
        for (List<Actor> pair : pairs) {
            out.add(new Meeting(d.kind, pair, d.place, d.venue, date, d.planned, d.evidence));
        }
        return out;
    }

    private static void absorb(Draft d, MeetingFinder.Candidate c, boolean withParticipants) {
        if (withParticipants) {
            d.participants.addAll(c.participants());
            d.lists.add(c.participants());
        }
        if (d.date.isEmpty() || c.date().isPresent() && c.date().get().iso().length() > d.date.get().iso().length()
                && compatible(d.date, c.date())) {
            d.date = c.date().isPresent() ? c.date() : d.date;
        }
        if (d.place.isEmpty()) {
            d.place = c.place();
        }
        if (d.venue.isEmpty()) {
            d.venue = c.venue();
        }
        d.evidence.add(c.evidence());
    }

    private boolean sameEvent(Draft d, MeetingFinder.Candidate c) {
        if (d.planned != c.planned()) {
            return false;
        }
        if (!compatible(d.date, c.date())) {
            return false;
        }
        if (d.place.isPresent() && c.place().isPresent() && !d.place.get().equals(c.place().get())) {
            return false;
        }
        if (meetsSomeoneElse(d, c)) {
            return false;
        }
        if (c.evidence().rule().equals(MeetingFinder.VENUE_RULE) || d.evidence.stream()
                .anyMatch(e -> e.rule().equals(MeetingFinder.VENUE_RULE))) {
            return d.participants.equals(c.participants());   // the summit where two met is not their meeting
        }
        for (Actor x : c.participants()) {
            if (d.participants.contains(x)) {
                return true;
            }
        }
        return standsFor(d.participants, c.participants()) || standsFor(c.participants(), d.participants);
    }

    /**
     * "Berg first met President Dan. She then met Prime Minister Fix": both sentences name
     * persons the other does not, so the one they share met each of them apart.
     */
    private static boolean meetsSomeoneElse(Draft d, MeetingFinder.Candidate c) {
        boolean newcomer = c.participants().stream().anyMatch(x -> apart(x, d.participants, false));
        boolean absent = d.participants.stream().anyMatch(x -> apart(x, c.participants(), true));
        return newcomer && absent;
    }

    /**
     * A person named in full (or, when {@code oneWord}, by one name: "Sheikh Rahima" as "Rahima")
     * whom none of {@code others} is, by name or surname.
     */
    private static boolean apart(Actor person, Set<Actor> others, boolean oneWord) {
        if (!person.kind().isPerson() || !oneWord && !person.name().contains(" ")) {
            return false;
        }
        String surname = person.name().substring(person.name().lastIndexOf(' ') + 1);
        return others.stream().noneMatch(o -> o.equals(person) || o.name().endsWith(surname));
    }

    /** Every country or organization in {@code collective} has a person in {@code people} holding its post. */
    private boolean standsFor(Set<Actor> people, Set<Actor> collective) {
        boolean any = false;
        for (Actor x : collective) {
            if (x.kind().isPerson()) {
                return false;
            }
            boolean covered = false;
            for (Actor p : people) {
                if (p.kind().isPerson() && holdsPostOf(p, x)) {
                    covered = true;
                }
            }
            if (!covered) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private List<Actor> affiliations(Actor person) {
        return roles.stream().filter(r -> r.person().equals(person)).flatMap(r -> r.affiliation().stream())
                .distinct().toList();
    }

    private boolean holdsPostOf(Actor person, Actor collective) {
        for (Role r : roles) {
            if (r.person().equals(person) && r.affiliation().map(collective::equals).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatible(Optional<PartialDate> a, Optional<PartialDate> b) {
        return a.isEmpty() || b.isEmpty() || a.get().compatible(b.get());
    }
}
