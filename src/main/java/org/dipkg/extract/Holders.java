package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dipkg.model.Actor;

/**
 * Who voices what a sentence says: the actor before a cue in its clause (its subject),
 * else the speaker its speech verb names; words that stand for several actors ("the
 * leaders", "they", "the two sides") stand for the participants of the last meeting told.
 */
final class Holders {
    private static final Set<String> GROUP = Set.of("they", "leaders", "sides", "both", "two");

    private final Doc doc;
    private final List<MeetingFinder.Candidate> meetings;

    Holders(Doc doc, List<MeetingFinder.Candidate> meetings) {
        this.doc = doc;
        this.meetings = meetings;
    }

    private static final Set<String> PREPOSITIONS = Set.of("between", "with", "of", "to", "for", "by", "on", "about",
            "over", "against", "from", "in", "at", "among", "toward", "towards", "into", "like", "than");

    /** The holders of a cue at token {@code cue}: usually one actor, several for "the leaders". */
    List<Actor> of(Annotated a, int cue) {
        int start = Clauses.clauseStart(doc, a, cue, false);
        if (group(a, start, cue)) {
            List<Actor> group = lastMeetingParticipants(a.sentence.index());
            if (!group.isEmpty()) {
                return group;
            }
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
     * The actor that is the subject of tokens [from, to): not inside a prepositional phrase
     * ("talks between Israel and ..."), not a modifier of another noun ("Israeli-Palestinian
     * negotiations", "India's cricketers") unless that noun stands for the state ("U.S. officials").
     */
    Optional<ActorRef> subjectIn(Annotated a, int from, int to) {
        for (ActorRef r : doc.refsIn(a, from, to)) {
            if (inPrepositionalPhrase(a, r, from) || modifiesAnotherNoun(a, r)) {
                continue;
            }
            return Optional.of(r);
        }
        return Optional.empty();
    }

    private boolean inPrepositionalPhrase(Annotated a, ActorRef r, int from) {
        for (int k = r.start() - 1; k >= from; k--) {
            String w = a.lower(k);
            if (insideTitle(a, k)) {
                return false;
            }
            if (PREPOSITIONS.contains(w)) {
                return true;
            }
            String pos = a.token(k).pos();
            if (a.token(k).isVerb() || w.equals(",") && !a.isWord(k - 1, "and")) {
                return false;
            }
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM") || pos.equals("PROPN")
                    || pos.equals("NOUN") || pos.equals("CCONJ") || w.equals("'s") || w.equals("-") || w.equals(","))) {
                return false;
            }
        }
        return false;
    }

    private static boolean insideTitle(Annotated a, int k) {
        for (TitleHit t : a.titles) {
            if (k >= t.start() && k < t.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean modifiesAnotherNoun(Annotated a, ActorRef r) {
        int k = r.end();
        if (k < a.size() && a.isWord(k, "'s", "'")) {
            k++;
        }
        while (k < a.size() && (a.isWord(k, "-") || a.token(k).pos().equals("ADJ") && doc.refsIn(a, k, k + 1).isEmpty()
                || !doc.refsIn(a, k, k + 1).isEmpty() || a.isWord(k, "and", ","))) {
            k = !doc.refsIn(a, k, k + 1).isEmpty() ? doc.refsIn(a, k, k + 1).get(0).end() : k + 1;
        }
        if (k >= a.size()) {
            return false;
        }
        String pos = a.token(k).pos();
        boolean noun = pos.equals("NOUN") || pos.equals("PROPN") && a.hit(k) == null && a.token(k).isCapitalized();
        return noun && doc.cues().groupNouns().matchAt(a.tokens(), k).isEmpty();
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
                return persons;
            }
            if (fallback.isEmpty()) {
                fallback = List.copyOf(m.participants());
            }
        }
        return fallback;
    }
}
