package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.Evidence;
import org.dipkg.model.PartialDate;
import org.dipkg.model.Statement;

/**
 * Attributes each quotation to its speaker: a speech verb after it ("...," Marsh said /
 * said NATO Secretary-General Anna Berg), before it (Novak said, "..."; he
 * expected the talks to be "difficult"), the actor nearest before it, or the speaker of the
 * quotation just before (a quote that runs on). Transcript turns name their speaker.
 * Quoted titles ("This Week") are not statements.
 */
final class StatementFinder {
    private final Doc doc;

    StatementFinder(Doc doc) {
        this.doc = doc;
    }

    List<Statement> find() {
        List<Statement> out = new ArrayList<>();
        Optional<Actor> previous = Optional.empty();
        int previousSentence = -10;
        for (QuoteSpan q : doc.quotes) {
            if (q.firstSentence() < 0 || isTitleLike(q.text())) {
                continue;
            }
            Annotated first = doc.sentences.get(q.firstSentence());
            if (doc.isHeadline(first)) {
                continue;
            }
            Optional<Actor> speaker = q.isTurn() ? doc.turnSpeaker(q) : speaker(q);
            if (speaker.isEmpty() && !q.isTurn() && q.firstSentence() - previousSentence <= 2) {
                speaker = previous;
            }
            if (speaker.isEmpty()) {
                continue;
            }
            Annotated last = doc.sentences.get(q.lastSentence());
            Optional<PartialDate> date = date(q, speaker);
            Annotated evidence = q.isTurn() ? first : last;
            String rule = q.isTurn() ? "statement.turn" : "statement.quote";
            out.add(new Statement(speaker, clean(q.text()), date, medium(last),
                    new Evidence(evidence.sentence.index(), q.begin(), q.end(), evidence.sentence.text(), rule)));
            previous = speaker;
            previousSentence = q.lastSentence();
        }
        return out;
    }

    private static String clean(String quote) {
        String s = quote.strip();
        while (s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Short quotations of capitalized words name a title or a programme ("Strategic Security Dialogue"). */
    static boolean isTitleLike(String q) {
        String[] words = q.strip().replaceAll("[.,!?]+$", "").split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !w.matches("(of|the|and|for|on|in|a|to)")) {
                return false;
            }
        }
        return true;
    }

    private Optional<Actor> speaker(QuoteSpan q) {
        Annotated last = doc.sentences.get(q.lastSentence());
        Optional<Actor> after = speechVerbNear(last, q, true);
        if (after.isPresent()) {
            return after;
        }
        Annotated first = doc.sentences.get(q.firstSentence());
        Optional<Actor> before = speechVerbNear(first, q, false);
        if (before.isPresent()) {
            return before;
        }
        Optional<ActorRef> nearest = nearestBefore(first, q);
        if (nearest.isPresent() && nearest.get().isPerson()) {
            return Optional.of(nearest.get().actor());
        }
        return paragraphSpeaker(first).or(() -> nearest.map(ActorRef::actor));
    }

    /**
     * A quotation in a sentence without a speech verb, in a paragraph whose other sentences say who
     * speaks ("..., he warned. ... "ten members contested the vote". ..., he stressed."): the person
     * who is the subject of the nearest of those speech verbs.
     */
    private Optional<Actor> paragraphSpeaker(Annotated a) {
        int here = a.sentence.index();
        for (int d = 1; d <= 3; d++) {
            for (int s : new int[] {here - d, here + d}) {
                if (s < 0 || s >= doc.sentences.size() || doc.sentences.get(s).sentence.paragraph() != a.sentence.paragraph()) {
                    continue;
                }
                Annotated other = doc.sentences.get(s);
                for (int i = 0; i < other.size(); i++) {
                    if (other.isQuoted(i) || !other.token(i).isVerb() || doc.cues().speech().matchAt(other.tokens(), i).isEmpty()) {
                        continue;
                    }
                    for (ActorRef r : new Syntax(doc).subjects(other, i)) {
                        if (r.isPerson() && !r.quoted()) {
                            return Optional.of(r.actor());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> CONTRAST = java.util.Set.of("while", "whereas", "but", "although",
            "though", "meanwhile");

    /** A speech verb outside the quotation, on the given side of it, and the actor it attributes to. */
    private Optional<Actor> speechVerbNear(Annotated a, QuoteSpan q, boolean afterQuote) {
        for (int i = 0; i < a.size(); i++) {
            int offset = a.token(i).begin();
            if (a.isQuoted(i) || (afterQuote ? offset < q.end() : offset >= q.begin())) {
                continue;
            }
            if (!afterQuote && contrastBetween(a, i, q.begin())) {
                continue;
            }
            Optional<CueList.Match> m = doc.cues().speech().matchAt(a.tokens(), i);
            if (m.isEmpty() || !(a.token(i).isVerb() || m.get().length() > 1 || a.token(i).pos().equals("NOUN"))) {
                continue;
            }
            Optional<Actor> who = attributed(a, m.get(), q, afterQuote);
            if (who.isPresent()) {
                return who;
            }
        }
        return Optional.empty();
    }

    private static boolean contrastBetween(Annotated a, int from, int quoteBegin) {
        for (int k = from + 1; k < a.size() && a.token(k).begin() < quoteBegin; k++) {
            if (!a.isQuoted(k) && CONTRAST.contains(a.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private Optional<Actor> attributed(Annotated a, CueList.Match verb, QuoteSpan q, boolean afterQuote) {
        for (ActorRef r : new Syntax(doc).subjects(a, verb.start())) {
            if (r.endOffset() <= q.begin() || r.begin() >= q.end()) {
                return Optional.of(r.actor());
            }
        }
        List<ActorRef> refs = doc.refs(a.sentence.index());
        ActorRef before = null;
        for (ActorRef r : refs) {
            boolean outside = r.endOffset() <= q.begin() || r.begin() >= q.end();
            if (!r.quoted() && !r.affiliation() && outside && r.start() < verb.start()
                    && (!afterQuote || r.begin() >= q.end())) {
                before = r;
            }
        }
        if (!verb.value().isEmpty()) {
            for (ActorRef r : refs) {
                if (r.isPerson() && !r.quoted() && r.start() >= verb.end() && r.start() <= verb.end() + 4
                        && (before == null || !before.isPerson())) {
                    return Optional.of(r.actor());
                }
            }
        }
        if (before != null && verb.start() - before.end() <= 4) {
            return Optional.of(before.actor());
        }
        if (!verb.value().isEmpty() || verb.cue().startsWith("according")) {
            // "said the Kremlin", "according to Tass": an actor right after the verb
            for (ActorRef r : refs) {
                int gap = r.start() - verb.end();
                if (!r.quoted() && !r.affiliation() && gap >= 0 && gap <= (a.isWord(verb.end(), "the") ? 1 : 0)) {
                    return Optional.of(r.actor());
                }
            }
        }
        if (before != null && !afterQuote) {
            return Optional.of(before.actor());
        }
        return Optional.empty();
    }

    private Optional<ActorRef> nearestBefore(Annotated a, QuoteSpan q) {
        ActorRef best = null;
        for (ActorRef r : doc.refs(a.sentence.index())) {
            if (!r.quoted() && !r.affiliation() && r.endOffset() <= q.begin() && !contrastBetween(a, r.end() - 1, q.begin())) {
                if (best == null || r.isPerson() || !best.isPerson()) {
                    best = r;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** When the words were said: a date in the attributing sentence, else one given near the speaker. */
    private Optional<PartialDate> date(QuoteSpan q, Optional<Actor> speaker) {
        for (int s = q.lastSentence(); s >= q.firstSentence(); s--) {
            Optional<PartialDate> d = unquotedDate(doc.sentences.get(s), q);
            if (d.isPresent()) {
                return d;
            }
        }
        if (speaker.isPresent()) {
            for (int s = q.firstSentence() - 1; s >= Math.max(0, q.firstSentence() - 4); s--) {
                Annotated a = doc.sentences.get(s);
                boolean mentions = doc.refs(s).stream().anyMatch(r -> r.actor().equals(speaker.get()) && !r.quoted());
                if (mentions) {
                    Optional<PartialDate> d = unquotedDate(a, q);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        return doc.published.map(PartialDate::of);
    }

    private Optional<PartialDate> unquotedDate(Annotated a, QuoteSpan q) {
        for (DateMention d : a.dates) {
            if (!q.covers(d.begin()) && !insideAnyQuote(d.begin())) {
                Optional<PartialDate> r = doc.resolve(d, false);
                if (r.isPresent() && r.get().isDay()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    private boolean insideAnyQuote(int offset) {
        for (QuoteSpan q : doc.quotes) {
            if (q.covers(offset)) {
                return true;
            }
        }
        return false;
    }

    /** A programme or outlet named where the words were said: a quoted title ("This Week"). */
    private Optional<String> medium(Annotated a) {
        for (QuoteSpan q : doc.quotes) {
            if (q.firstSentence() == a.sentence.index() && isTitleLike(q.text())) {
                return Optional.of(q.text().replaceAll("[.,]+$", ""));
            }
        }
        return Optional.empty();
    }
}
