package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.Demand;
import org.dipkg.model.Evidence;

/**
 * Finds demands: "X called on Y to Z", "X urged Y to Z", "X called for Y to Z",
 * "X demanded Z", "X wants Y to Z", "Y needs to Z" (in X's reported words), and lists
 * ("X laid out Russia's three demands: A, B and C"), one demand per item.
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
                if (a.isQuoted(m.start())) {
                    continue;
                }
                switch (m.value()) {
                    case "list" -> list(a, m, out);
                    case "to", "for" -> addressed(a, m, out);
                    case "object", "want" -> object(a, m, out);
                    case "need" -> need(a, m, out);
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
        int textFrom = k;
        if (addressee.isPresent() && !hasInfinitiveAfter(a, next.get(0).end(), 4)) {
            textFrom = 0;
        }
        out.add(new Demand(demander.get(), addressee, slice(a, textFrom, a.size()), Optional.empty(),
                evidence(a, m.start(), a.size(), "demand." + m.cue().replace(' ', '-'))));
    }

    private static boolean hasInfinitiveAfter(Annotated a, int from, int within) {
        for (int k = from; k < Math.min(a.size(), from + within); k++) {
            if (a.isWord(k, "to") && k + 1 < a.size() && looksLikeVerb(a, k + 1)) {
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

    /** "Israel needs to stop ...", voiced by the sentence's speaker: the actor before the cue is addressed. */
    private void need(Annotated a, CueList.Match m, List<Demand> out) {
        List<ActorRef> before = doc.refsIn(a, Math.max(0, m.start() - 3), m.start());
        Optional<ActorRef> speaker = holders.speaker(a);
        if (before.isEmpty() || speaker.isEmpty() || speaker.get().actor().equals(before.get(0).actor())) {
            return;
        }
        ActorRef addressee = before.get(before.size() - 1);
        out.add(new Demand(speaker.get().actor(), Optional.of(addressee.actor()), slice(a, addressee.start(), a.size()),
                Optional.empty(), evidence(a, addressee.start(), a.size(), "demand.need")));
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
