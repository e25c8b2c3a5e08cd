package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.Evidence;
import org.dipkg.model.Position;

/**
 * Finds stated stances: a stance cue ("welcomes", "rejecting", "concerns over",
 * "non-negotiable", "openness to", "optimistic") outside quotations, held by the
 * sentence's subject or speaker, or words reported in indirect speech without such a cue
 * ("X says the truce is fragile"). A sentence that names no one continues the stance of
 * the one before it in the same passage ("... are essential for the stability of the
 * region"). A following "if" makes a stance conditional.
 */
final class PositionFinder {
    private final Doc doc;
    private final Holders holders;
    private final java.util.Set<Long> meetingTriggers = new java.util.HashSet<>();

    private final List<org.dipkg.model.Statement> statements;

    PositionFinder(Doc doc, Holders holders, List<MeetingFinder.Candidate> meetings,
                   List<org.dipkg.model.Statement> statements) {
        this.doc = doc;
        this.holders = holders;
        this.statements = statements;
        for (MeetingFinder.Candidate c : meetings) {
            for (int t : c.triggers()) {
                meetingTriggers.add(((long) c.sentence() << 20) | t);
            }
        }
    }

    List<Position> find() {
        List<Position> out = new ArrayList<>();
        List<Actor> lastHolders = List.of();
        int lastParagraph = -1;
        int lastSentence = -10;
        for (Annotated a : doc.sentences) {
            if (doc.isHeadline(a)) {
                continue;
            }
            quoted(a, out);
            List<CueList.Match> cues = stanceCues(a, false);
            if (cues.isEmpty()) {
                cues = reported(a);
            }
            for (int c = 0; c < cues.size(); c++) {
                CueList.Match m = cues.get(c);
                int end = c + 1 < cues.size() ? cues.get(c + 1).start() : a.size();
                List<Actor> who = holders.of(a, m.start());
                if (who.isEmpty() && a.sentence.index() - lastSentence <= 2
                        && Math.abs(a.sentence.paragraph() - lastParagraph) <= 1) {
                    who = lastHolders;
                }
                if (who.isEmpty()) {
                    continue;
                }
                int said = saidAfter(a, m);
                String text = said > 0 ? text(a, 0, said)
                        : text(a, m.value().equals("other") ? m.end() : Math.max(textStart(a, m.start()), 0), end);
                boolean conditional = conditional(a, m.start());
                for (Actor h : who) {
                    out.add(new Position(h, text, m.value(), conditional,
                            new Evidence(a.sentence.index(), a.token(m.start()).begin(), a.token(end - 1).end(),
                                    a.sentence.text(), "position." + m.value())));
                }
                lastHolders = who;
                lastParagraph = a.sentence.paragraph();
                lastSentence = a.sentence.index();
            }
        }
        return out;
    }

    /**
     * The stance cues of a sentence, one per stance: cues in the same clause are one stance
     * ("reiterates his readiness"); a new clause ("... and agreed on ...") starts another.
     * Cues inside quotations, inside an "if" clause (a condition, not a stance) and words
     * that tell of a meeting ("welcomed X to Brussels") are left out.
     */
    private List<CueList.Match> stanceCues(Annotated a, boolean inQuotes) {
        List<CueList.Match> out = new ArrayList<>();
        int conditionFrom = Integer.MAX_VALUE;
        for (int k = 0; k < a.size(); k++) {
            if (a.isWord(k, "if", "unless")) {
                conditionFrom = k;
                break;
            }
        }
        for (CueList.Match m : doc.cues().stances().findAll(a.tokens())) {
            if (a.isQuoted(m.start()) != inQuotes || m.start() > conditionFrom || meetingTriggers.contains(key(a, m.start()))
                    || inQuotes && courtesy(a, m)
                    || failed(a, m.start())) {
                continue;
            }
            if (!m.cue().startsWith("agree") && demandAfter(a, m.end())) {
                continue;   // "stressed the need for X to ...": a demand, found as one; agreeing on it is a stance
            }
            if (!out.isEmpty() && sameClause(a, out.get(out.size() - 1).end(), m.start())) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * Stances inside a quotation or a transcript turn ("We support the talks"), held by the one
     * who says them.
     */
    private void quoted(Annotated a, List<Position> out) {
        List<CueList.Match> cues = stanceCues(a, true);
        for (int c = 0; c < Math.min(1, cues.size()); c++) {   // one stance per quoted sentence
            CueList.Match m = cues.get(c);
            int offset = a.token(m.start()).begin();
            Optional<Actor> speaker = Optional.empty();
            for (org.dipkg.model.Statement st : statements) {
                if (offset >= st.evidence().begin() && offset < st.evidence().end()) {
                    speaker = st.speaker();
                }
            }
            if (speaker.isEmpty()) {
                continue;
            }
            int end = a.size();
            while (end > m.end() && !a.isQuoted(end - 1)) {
                end--;
            }
            String text = text(a, Math.max(textStart(a, m.start()), 0), Math.max(end, m.end()));
            out.add(new Position(speaker.get(), text, m.value(), conditional(a, m.start()),
                    new Evidence(a.sentence.index(), offset, a.token(Math.max(end, m.end()) - 1).end(),
                            a.sentence.text(), "position.quoted." + m.value())));
        }
    }

    /**
     * Indirect speech without a stance cue, a stance of kind "other": "X says the truce is
     * fragile", "X said that reform was urgent" (a speech verb with a reported clause that judges,
     * see {@link #evaluative}). What is said of a meeting ("said they will meet again in May") is
     * news, not a stance.
     */
    private List<CueList.Match> reported(Annotated a) {
        if (!Syntax.has(a)) {
            return List.of();
        }
        org.dipkg.model.Parse p = Syntax.parse(a);
        for (CueList.Match m : doc.cues().speech().findAll(a.tokens())) {
            int v = m.start();
            int next = m.end();
            if (a.isQuoted(v) || next + 3 >= a.size() || a.isQuoted(next) || a.isQuoted(next + 1)
                    || !p.tag(v).startsWith("VB") || a.token(v).isCapitalized()) {
                continue;
            }
            int complement = -1;
            for (int c : p.children(v)) {
                if (p.label(c).equals("ccomp") && c > v && evaluative(a, p, c)) {
                    complement = c;
                }
            }
            if (complement < 0) {
                continue;
            }
            boolean meeting = false;
            for (int k = next; k < a.size(); k++) {
                meeting |= meetingTriggers.contains(key(a, k));
            }
            if (!meeting) {
                int from = next;   // the reported words start after "that" ("said bluntly on Sunday that ...")
                for (int k = next; k < complement; k++) {
                    from = a.isWord(k, "that") ? k + 1 : from;
                }
                return List.of(new CueList.Match(v, from - v, "other", m.cue()));
            }
        }
        return List.of();
    }

    /**
     * A reported clause that judges rather than tells: a predicate after a copula ("the truce is
     * fragile", "reform was urgent"), a negation ("will never accept ...") or a modal of
     * obligation ("everyone should ...", "the Union must ..."). "Several more are still being
     * held" tells news.
     */
    private static boolean evaluative(Annotated a, org.dipkg.model.Parse p, int head) {
        for (int c : p.children(head)) {
            String l = p.label(c);
            if (l.equals("acomp") || l.equals("attr") || l.equals("neg")
                    || p.tag(c).equals("MD") && a.isWord(c, "should", "must", "cannot", "can't", "ought")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "stressed (the) need for X to ...": what follows the cue is a demand addressed to an actor,
     * found as a demand. "stressed the need for a pragmatic approach" stays a stance.
     */
    private boolean demandAfter(Annotated a, int k) {
        Optional<CueList.Match> d = doc.cues().demands().matchAt(a.tokens(), k);
        if (d.isEmpty() || !d.get().value().equals("for")) {
            return false;
        }
        List<ActorRef> addressed = doc.refsIn(a, d.get().end(), Math.min(a.size(), d.get().end() + 2));
        if (addressed.isEmpty()) {
            return false;
        }
        for (int j = addressed.get(0).end(); j < Math.min(a.size(), addressed.get(0).end() + 5); j++) {
            if (a.isWord(j, "to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Kosovo continues to face deadlock, he warned.": a cue that closes the sentence after its
     * subject reports the words before the comma; their end is returned, or -1.
     */
    private static int saidAfter(Annotated a, CueList.Match m) {
        for (int k = m.end(); k < a.size(); k++) {
            if (!a.token(k).isPunct()) {
                return -1;
            }
        }
        int k = m.start() - 1;
        while (k > 0 && m.start() - k <= 4 && !a.isWord(k, ",")) {
            k--;
        }
        return k > 2 && a.isWord(k, ",") && a.token(m.start()).isVerb() ? k : -1;
    }

    /** "I welcome you", "thank you": courtesies of a speech, not stances. */
    private boolean courtesy(Annotated a, CueList.Match m) {
        int next = m.end();
        if (next >= a.size()) {
            return false;
        }
        boolean personNext = a.token(next).pos().equals("PRON")
                || doc.refsIn(a, next, Math.min(a.size(), next + 3)).stream().anyMatch(ActorRef::isPerson)
                || a.isWord(next, "the", "my", "our") && next + 1 < a.size()
                && doc.cues().groupNouns().matchAt(a.tokens(), next + 1).isPresent();
        return (m.value().equals("welcome") || m.value().equals("appreciation")) && personNext;
    }

    /** No new clause between two cues: topics ("concerns over X's support") and "that" complements continue one. */
    /** "failed to agree": a stance not taken. */
    private static boolean failed(Annotated a, int cue) {
        return cue >= 2 && a.isWord(cue - 1, "to") && a.isWord(cue - 2, "failed", "fail", "fails", "unable");
    }

    private boolean sameClause(Annotated a, int from, int to) {
        for (int k = from; k < to; k++) {
            boolean complement = a.isWord(k, "that") && k == from;
            java.util.Optional<CueList.Match> br = doc.cues().clauseBreaks().matchAt(a.tokens(), k);
            if (br.isPresent() && br.get().value().equals("clause") && !complement || a.isWord(k, ";", ":")
                    || a.isWord(k, "and", "but") && k + 1 < a.size() && a.token(k + 1).isVerb()) {
                return false;
            }
        }
        return true;
    }

    private static long key(Annotated a, int token) {
        return ((long) a.sentence.index() << 20) | token;
    }

    /** The stance's words start a little before the cue, to keep "not" and the verb. */
    private int textStart(Annotated a, int cue) {
        int k = cue;
        while (k > 0 && cue - k < 3 && !a.token(k - 1).isPunct() && !insideRef(a, k - 1)) {
            k--;
        }
        return k;
    }

    private boolean insideRef(Annotated a, int k) {
        for (ActorRef r : doc.refs(a.sentence.index())) {
            if (k >= r.start() && k < r.end()) {
                return true;
            }
        }
        return false;
    }

    private static String text(Annotated a, int from, int to) {
        int end = to;
        while (end > from + 1 && (a.token(end - 1).isPunct() || a.isWord(end - 1, "and", "but"))) {
            end--;
        }
        return a.sentence.slice(a.token(from).begin(), a.token(end - 1).end());
    }

    private static boolean conditional(Annotated a, int cue) {
        for (int k = cue; k < a.size(); k++) {
            if (a.isWord(k, "if", "unless", "provided")) {
                return true;
            }
        }
        return false;
    }
}
