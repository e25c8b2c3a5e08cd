package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.Demand;
import org.dipkg.model.Evidence;
import org.dipkg.model.Parse;

/**
 * Finds demands: "X called on Y to Z", "X urged Y to Z", "X called for Y to Z",
 * "X demanded Z", "X wants Y to Z", "Y needs to Z" (in X's reported words), and lists
 * ("X laid out Russia's three demands: A, B and C"), one demand per item, and what is
 * declared necessary ("it is vital that Y do Z").
 */
final class DemandFinder {
    private final Doc doc;
    private final Holders holders;

    DemandFinder(Doc doc, Holders holders) {
        this.doc = doc;
        this.holders = holders;
    }

    List<Demand> find() {
        List<Demand> out = new ArrayList<>();
        for (Annotated a : doc.sentences) {
            if (doc.isHeadline(a)) {
                continue;
            }
            for (CueList.Match m : doc.cues().demands().findAll(a.tokens())) {
                if (a.isQuoted(m.start()) || a.hit(m.start()) != null) {
                    continue;   // quoted, or a word of a name: "the Complaints and Appeals Panel"
                }
                switch (m.value()) {
                    case "list" -> list(a, m, out);
                    case "to", "for" -> addressed(a, m, out);
                    case "object", "want" -> object(a, m, out);
                    case "need" -> need(a, m, out);
                    case "necessity" -> necessity(a, m, out);
                    default -> { }
                }
            }
        }
        return out;
    }

    private void list(Annotated a, CueList.Match m, List<Demand> out) {
        Optional<Actor> demander = possessor(a, m.start()).or(() -> first(holders.of(a, m.start())));
        if (demander.isEmpty()) {
            return;
        }
        int from = m.end();
        List<int[]> items = new ArrayList<>();
        int itemStart = from;
        for (int k = from; k < a.size(); k++) {
            boolean comma = a.isWord(k, ",", ";");
            boolean and = a.isWord(k, "and") && (k == from || a.isWord(k - 1, ",") || !items.isEmpty());
            if (comma || and) {
                if (k > itemStart) {
                    items.add(new int[] {itemStart, k});
                }
                itemStart = k + 1;
                boolean last = and || comma && a.isWord(k + 1, "and");
                if (comma && a.isWord(k + 1, "and")) {
                    itemStart = k + 2;
                }
                if (last) {
                    break;
                }
            }
        }
        if (itemStart < a.size()) {
            items.add(new int[] {itemStart, a.size()});
        }
        int index = 1;
        for (int[] item : items) {
            String text = slice(a, item[0], item[1]);
            if (!text.isBlank()) {
                out.add(new Demand(demander.get(), Optional.empty(), text, Optional.of(index++),
                        evidence(a, item[0], item[1], "demand.list")));
            }
        }
    }

    /** "Russia's three demands": the possessor just before the cue. */
    private Optional<Actor> possessor(Annotated a, int cue) {
        for (int k = cue - 1; k >= Math.max(0, cue - 4); k--) {
            if (a.isWord(k, "'s", "'")) {
                for (ActorRef r : doc.refs(a.sentence.index())) {
                    if (r.end() == k) {
                        return Optional.of(r.actor());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void addressed(Annotated a, CueList.Match m, List<Demand> out) {
        Optional<Actor> demander = first(holders.of(a, m.start()));
        if (demander.isEmpty()) {
            return;
        }
        int k = m.end();
        if (a.isWord(k, "whether", "if", "about", "what", "how", "why", "when", "who")) {
            return;
        }
        if (a.isWord(k, "to") && m.value().equals("to")) {
            k++;
        }
        Optional<Actor> addressee = Optional.empty();
        List<ActorRef> next = doc.refsIn(a, k, Math.min(a.size(), k + 6));
        if (!next.isEmpty() && !next.get(0).actor().equals(demander.get())) {
            addressee = Optional.of(next.get(0).actor());
        }
        if (m.value().equals("to") && addressee.isEmpty() && !hasInfinitiveAfter(a, k, 7)) {
            return;
        }
        if (addressee.isPresent() && doc.cues().meetingVerbs().matchAt(a.tokens(), m.start()).isPresent()
                && !hasInfinitiveAfter(a, next.get(0).end(), 8)) {
            return;   // "will call on the President": a courtesy visit, not a demand
        }
        int textFrom = k;
        if (addressee.isPresent() && !hasInfinitiveAfter(a, next.get(0).end(), 5)) {
            textFrom = 0;
        }
        List<int[]> items = coordinatedInfinitives(a, m.start());
        if (items.size() >= 2) {
            int index = 1;
            for (int[] item : items) {
                out.add(new Demand(demander.get(), addressee, slice(a, item[0], item[1]), Optional.of(index++),
                        evidence(a, item[0], item[1], "demand." + m.cue().replace(' ', '-') + ".item")));
            }
            return;
        }
        out.add(new Demand(demander.get(), addressee, slice(a, textFrom, a.size()), Optional.empty(),
                evidence(a, m.start(), a.size(), "demand." + m.cue().replace(' ', '-'))));
    }

    /**
     * "called on X to free A, open B and end C", "to exercise restraint, not to resort to
     * violence, to settle disputes", "called for the return of A and the establishment of
     * B": the coordinated infinitives of the demand (or the coordinated nouns it calls for),
     * each with its words up to the next one. Fewer than two: one demand.
     */
    static List<int[]> coordinatedInfinitives(Annotated a, int cue) {
        if (!Syntax.has(a)) {
            return List.of();
        }
        Parse p = Syntax.parse(a);
        int verb = Syntax.governingVerb(a, cue);
        if (verb < 0) {
            return List.of();
        }
        List<Integer> heads = new ArrayList<>();
        for (int c : p.children(verb)) {
            if ((p.label(c).equals("xcomp") || p.label(c).equals("ccomp")) && p.tag(c).startsWith("VB") && c > cue) {
                heads.add(c);
                infinitivesAlongside(a, c, heads);
            }
        }
        if (heads.isEmpty()) {
            nounsCalledFor(a, verb, cue, heads);
        }
        return ranges(a, heads);
    }

    /** Each head's words, up to the next head's: "A, B and C" as "A", "B", "C". */
    private static List<int[]> ranges(Annotated a, List<Integer> heads) {
        Parse p = Syntax.parse(a);
        heads.sort(null);
        if (heads.isEmpty()) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            int start = i == 0 ? heads.get(0) : leftmostOf(p, heads.get(i), heads.get(i - 1));
            int end = i + 1 < heads.size() ? leftmostOf(p, heads.get(i + 1), heads.get(i)) : a.size();
            while (end > start + 1 && (a.isWord(end - 1, "and", "or", ",", "to", "not") || a.token(end - 1).isPunct())) {
                end--;
            }
            while (start < end - 1 && a.isWord(start, "to", "not", "the", "a", "an")) {
                start++;
            }
            out.add(new int[] {start, end});
        }
        return out;
    }

    /** Verbs coordinated with an infinitive, or set beside it as further infinitives ("to A, not to B, to C"). */
    private static void infinitivesAlongside(Annotated a, int v, List<Integer> out) {
        Parse p = Syntax.parse(a);
        for (int d : p.children(v)) {
            boolean coordinated = p.label(d).equals("conj") && p.tag(d).startsWith("VB");
            boolean infinitive = (p.label(d).equals("dep") || p.label(d).equals("advcl")) && p.tag(d).equals("VB")
                    && d > 0 && a.isWord(d - 1, "to") && (d < 2 || !a.isWord(d - 2, "order", "as"));
            if ((coordinated || infinitive) && !out.contains(d) && out.size() < 8) {
                out.add(d);
                infinitivesAlongside(a, d, out);
            }
        }
    }

    /** "called for the return of A and the establishment of B": the coordinated nouns after the cue's "for". */
    private static void nounsCalledFor(Annotated a, int verb, int cue, List<Integer> out) {
        nounsAfter(a, verb, cue, out, "for");
    }

    /**
     * "all parties must be committed to nonviolence, recognition of X, and acceptance of Y": the
     * coordinated nouns a modal's verb asks for, one demand each; fewer than two: none.
     */
    static List<int[]> nounsRequired(Annotated a, int modal) {
        if (!Syntax.has(a)) {
            return List.of();
        }
        Parse p = Syntax.parse(a);
        int verb = p.head(modal);
        if (verb < 0 || !p.tag(verb).startsWith("VB")) {
            return List.of();
        }
        List<Integer> heads = new ArrayList<>();
        nounsAfter(a, verb, modal, heads, "to", "for");
        return ranges(a, heads);
    }

    private static void nounsAfter(Annotated a, int verb, int cue, List<Integer> out, String... prepositions) {
        Parse p = Syntax.parse(a);
        for (int c : p.children(verb)) {
            if (!p.label(c).equals("prep") || !a.isWord(c, prepositions) || c < cue) {
                continue;
            }
            for (int o : p.children(c)) {
                if (!p.label(o).equals("pobj") || !p.tag(o).startsWith("NN")) {
                    continue;
                }
                List<Integer> nouns = new ArrayList<>(List.of(o));
                coordinatedNouns(p, o, nouns);
                if (nouns.size() >= 2) {
                    out.addAll(nouns);
                }
            }
        }
    }

    /** Nouns coordinated with {@code n}, the parser hanging each on the one before or all on the first. */
    private static void coordinatedNouns(Parse p, int n, List<Integer> out) {
        for (int d : p.children(n)) {
            if (p.label(d).equals("conj") && p.tag(d).startsWith("NN") && !out.contains(d) && out.size() < 8) {
                out.add(d);
                coordinatedNouns(p, d, out);
            }
        }
    }

    /** The first token of the phrase headed at {@code h}, not reaching back to {@code floor}. */
    private static int leftmostOf(Parse p, int h, int floor) {
        int min = h;
        for (int c : p.children(h)) {
            if (c < h && c > floor) {
                min = Math.min(min, leftmostOf(p, c, floor));
            }
        }
        return min;
    }

    private static boolean hasInfinitiveAfter(Annotated a, int from, int within) {
        for (int k = from; k < Math.min(a.size(), from + within); k++) {
            int verb = a.isWord(k + 1, "\"", "\u201c", "'") ? k + 2 : k + 1;   // to "avoid measures ..."
            if (a.isWord(k, "to") && verb < a.size() && looksLikeVerb(a, verb)) {
                return true;
            }
        }
        return false;
    }

    /** The tagger often takes "to respect the ceasefire" for a noun: a lower-case word after "to" will do. */
    private static boolean looksLikeVerb(Annotated a, int k) {
        String pos = a.token(k).pos();
        return a.token(k).isVerb() || !a.token(k).isCapitalized()
                && !(pos.equals("DET") || pos.equals("PRON") || pos.equals("NUM") || pos.equals("PUNCT"));
    }

    private void object(Annotated a, CueList.Match m, List<Demand> out) {
        if (!a.token(m.start()).isVerb()) {
            return;
        }
        Optional<Actor> demander = first(holders.of(a, m.start()));
        if (demander.isEmpty() || m.end() >= a.size()) {
            return;
        }
        List<ActorRef> next = doc.refsIn(a, m.end(), Math.min(a.size(), m.end() + 3));
        Optional<Actor> addressee = next.isEmpty() || next.get(0).actor().equals(demander.get())
                ? Optional.empty() : Optional.of(next.get(0).actor());
        out.add(new Demand(demander.get(), addressee, slice(a, m.end(), a.size()), Optional.empty(),
                evidence(a, m.start(), a.size(), "demand." + m.value())));
    }

    /**
     * "Israel needs to stop ...", "all parties should refrain from ...", voiced by the
     * sentence's speaker or by the subject of the verb whose complement it is ("they agreed
     * that ..."): the actor before the cue, if any, is addressed.
     */
    private void need(Annotated a, CueList.Match m, List<Demand> out) {
        List<ActorRef> before = doc.refsIn(a, Math.max(0, m.start() - 3), m.start());
        Optional<ActorRef> addressee = before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
        List<Actor> demanders = new ArrayList<>();
        holders.speaker(a).ifPresent(r -> demanders.add(r.actor()));
        int parent = complementOf(a, m.start());
        if (demanders.isEmpty() && parent >= 0) {
            demanders.addAll(holders.of(a, parent));
        }
        Optional<ActorRef> viewHolder = demanders.isEmpty() ? viewHolder(a, m.start()) : Optional.empty();
        viewHolder.ifPresent(r -> demanders.add(r.actor()));
        int from = addressee.map(ActorRef::start).orElse(clauseSubjectStart(a, m.start()));
        List<int[]> items = nounsRequired(a, m.start());
        for (Actor d : demanders) {
            if (addressee.isPresent() && addressee.get().actor().equals(d)) {
                continue;
            }
            if (addressee.isEmpty() && parent < 0 && viewHolder.isEmpty()) {
                continue;
            }
            if (items.size() >= 2) {
                int index = 1;
                for (int[] item : items) {
                    out.add(new Demand(d, addressee.map(ActorRef::actor), slice(a, item[0], item[1]),
                            Optional.of(index++), evidence(a, item[0], item[1], "demand.need.item")));
                }
                continue;
            }
            out.add(new Demand(d, addressee.map(ActorRef::actor), slice(a, from, a.size()), Optional.empty(),
                    evidence(a, from, a.size(), "demand.need")));
        }
    }

    private static final java.util.Set<String> VIEW_NOUNS = java.util.Set.of("view", "position", "opinion", "belief",
            "conviction");

    /** "It is the view of X that ... must": X, the holder of the view whose "that" clause holds the modal. */
    private Optional<ActorRef> viewHolder(Annotated a, int modal) {
        for (int k = modal - 1; k > 2; k--) {
            if (!a.isWord(k, "that")) {
                continue;
            }
            for (ActorRef r : doc.refsIn(a, Math.max(0, k - 8), k)) {
                int of = a.isWord(r.start() - 1, "the") ? r.start() - 2 : r.start() - 1;
                if (r.end() == k && a.isWord(of, "of") && VIEW_NOUNS.contains(a.lower(of - 1))) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "he said it is vital that external actors encourage de-escalation": what is declared
     * necessary is asked by the speaker (else the holder of the clause) of the subject of the
     * "that" clause, if it names one.
     */
    private void necessity(Annotated a, CueList.Match m, List<Demand> out) {
        List<Actor> demanders = new ArrayList<>();
        holders.speaker(a).ifPresent(r -> demanders.add(r.actor()));
        if (demanders.isEmpty()) {
            demanders.addAll(holders.of(a, m.start()));
        }
        int from = m.end();
        if (from >= a.size()) {
            return;
        }
        List<ActorRef> next = doc.refsIn(a, from, Math.min(a.size(), from + 4));
        Optional<Actor> addressee = next.isEmpty() ? Optional.empty() : Optional.of(next.get(0).actor());
        for (Actor d : demanders) {
            if (!addressee.map(d::equals).orElse(false)) {
                out.add(new Demand(d, addressee, slice(a, from, a.size()), Optional.empty(),
                        evidence(a, m.start(), a.size(), "demand.necessity")));
            }
        }
    }

    /** The verb whose complement clause holds the modal at {@code cue} ("agreed that X should"), or -1. */
    private static int complementOf(Annotated a, int cue) {
        if (!Syntax.has(a)) {
            return -1;
        }
        Parse p = Syntax.parse(a);
        int verb = p.head(cue);
        if (verb < 0 || !p.label(verb).equals("ccomp")) {
            return -1;
        }
        int parent = p.head(verb);
        return parent >= 0 && p.tag(parent).startsWith("VB") && !a.isQuoted(parent) ? parent : -1;
    }

    /** The first token of the subject of the clause the modal at {@code cue} belongs to. */
    private static int clauseSubjectStart(Annotated a, int cue) {
        if (!Syntax.has(a)) {
            return cue;
        }
        Parse p = Syntax.parse(a);
        int verb = p.head(cue);
        int start = cue;
        if (verb >= 0) {
            for (int c : p.children(verb)) {
                if (p.label(c).startsWith("nsubj")) {
                    start = Math.min(start, leftmost(p, c));
                }
            }
        }
        return start;
    }

    private static int leftmost(Parse p, int t) {
        int min = t;
        for (int c : p.children(t)) {
            min = Math.min(min, leftmost(p, c));
        }
        return min;
    }

    private static Optional<Actor> first(List<Actor> actors) {
        return actors.isEmpty() ? Optional.empty() : Optional.of(actors.get(0));
    }

    private static String slice(Annotated a, int from, int to) {
        int end = to;
        for (int k = from + 2; k < to; k++) {
            if (a.isWord(k, "and", "but") && k + 1 < a.size() && a.token(k + 1).isVerb()
                    && !a.isWord(k + 1, "to") && a.token(k + 1).pos().equals("VERB")) {
                end = k;
                break;
            }
        }
        while (end > from && a.token(end - 1).isPunct()) {
            end--;
        }
        if (end <= from) {
            return "";
        }
        return a.sentence.slice(a.token(from).begin(), a.token(end - 1).end()).strip();
    }

    private static Evidence evidence(Annotated a, int from, int to, String rule) {
        int end = Math.max(from + 1, to);
        return new Evidence(a.sentence.index(), a.token(from).begin(), a.token(Math.min(end, a.size()) - 1).end(),
                a.sentence.text(), rule);
    }
}
