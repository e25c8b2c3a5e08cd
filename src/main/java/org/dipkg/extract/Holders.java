package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dipkg.model.Actor;
import org.dipkg.model.Parse;

/**
 * Who voices what a sentence says: the actor before a cue in its clause (its subject),
 * else the speaker its speech verb names; words that stand for several actors ("the
 * leaders", "they", "the two sides") stand for the participants of the last meeting told.
 */
final class Holders {
    private static final Set<String> GROUP = Set.of("they", "leaders", "sides", "both", "two", "ministers",
            "delegations", "presidents", "counterparts");

    private final Doc doc;
    private final List<MeetingFinder.Candidate> meetings;

    Holders(Doc doc, List<MeetingFinder.Candidate> meetings) {
        this.doc = doc;
        this.meetings = meetings;
    }

    /** The holders of a cue at token {@code cue}: usually one actor, several for "the leaders". */
    List<Actor> of(Annotated a, int cue) {
        int start = Clauses.clauseStart(doc, a, cue, false);
        if (group(a, start, cue)) {
            List<Actor> group = lastMeetingParticipants(a.sentence.index());
            if (!group.isEmpty()) {
                return group;
            }
        }
        List<Actor> syntactic = syntacticSubjects(a, cue);
        if (!syntactic.isEmpty()) {
            return syntactic;
        }
        if (namesNoActor(a, cue)) {
            return List.of();
        }
        Optional<ActorRef> subject = subjectIn(a, start, cue);
        if (subject.isPresent()) {
            return List.of(subject.get().actor());
        }
        Optional<ActorRef> speaker = speaker(a);
        if (speaker.isPresent()) {
            return List.of(speaker.get().actor());
        }
        if (start > 0) {
            Optional<ActorRef> main = subjectIn(a, 0, start);
            if (main.isPresent()) {
                return List.of(main.get().actor());
            }
        }
        return List.of();
    }

    /**
     * The verb governing the cue has a subject that is a noun naming no actor ("the Prime
     * Minister congratulated X", "the talks were ..."): no one else in the sentence holds it.
     */
    private static boolean namesNoActor(Annotated a, int cue) {
        int verb = Syntax.governingVerb(a, cue);
        if (verb < 0 || a.isQuoted(cue)) {
            return false;
        }
        Parse p = Syntax.parse(a);
        for (int c : p.children(verb)) {
            if (p.label(c).startsWith("nsubj") && p.tag(c).startsWith("NN") && !isGroupWord(a, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGroupWord(Annotated a, int k) {
        return GROUP.contains(a.lower(k));
    }

    /** The actors of the subject of the verb that governs the cue, from the dependency tree. */
    private List<Actor> syntacticSubjects(Annotated a, int cue) {
        int verb = Syntax.governingVerb(a, cue);
        if (verb < 0 || a.isQuoted(cue)) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        for (ActorRef r : new Syntax(doc).subjects(a, verb)) {
            if (!out.contains(r.actor())) {
                out.add(r.actor());
            }
        }
        return out;
    }

    Optional<ActorRef> subjectIn(Annotated a, int from, int to) {
        return doc.subjectIn(a, from, to);
    }

    /** The speaker a speech verb of the sentence names, outside quotations. */
    Optional<ActorRef> speaker(Annotated a) {
        for (int i = 0; i < a.size(); i++) {
            if (a.isQuoted(i) || !a.token(i).isVerb() || doc.cues().speech().matchAt(a.tokens(), i).isEmpty()) {
                continue;
            }
            Optional<ActorRef> subject = subjectIn(a, 0, i);
            if (subject.isPresent()) {
                return subject;
            }
            for (ActorRef r : doc.refsIn(a, i + 1, Math.min(a.size(), i + 4))) {
                if (r.isPerson()) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    private boolean group(Annotated a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!a.isQuoted(k) && GROUP.contains(a.lower(k))) {
                return doc.refsIn(a, from, to).isEmpty() || a.lower(k).equals("they");
            }
        }
        return false;
    }

    private boolean represented(Actor country, List<Actor> persons) {
        return doc.resolver.roles.stream().anyMatch(r -> persons.contains(r.person())
                && r.affiliation().filter(country::equals).isPresent());
    }

    /** The persons of the last meeting told before this sentence that had persons in it, else its actors. */
    private List<Actor> lastMeetingParticipants(int sentence) {
        List<Actor> fallback = List.of();
        for (int i = meetings.size() - 1; i >= 0; i--) {
            MeetingFinder.Candidate m = meetings.get(i);
            if (m.sentence() >= sentence || m.participants().isEmpty()) {
                continue;
            }
            List<Actor> persons = new ArrayList<>();
            for (Actor x : m.participants()) {
                if (x.kind().isPerson()) {
                    persons.add(x);
                }
            }
            if (!persons.isEmpty()) {
                // "The Prime Minister met Prime Minister Rao ... The leaders agreed": one side named, the
                // state whose official is left unnamed takes part for itself
                for (Actor x : m.participants()) {
                    if (persons.size() == 1 && x.kind() == org.dipkg.model.ActorKind.COUNTRY && !represented(x, persons)) {
                        persons.add(x);
                    }
                }
                return persons;
            }
            if (fallback.isEmpty()) {
                fallback = List.copyOf(m.participants());
            }
        }
        return fallback;
    }
}
