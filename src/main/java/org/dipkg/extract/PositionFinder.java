package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;

import org.dipkg.model.Actor;
import org.dipkg.model.Evidence;
import org.dipkg.model.Position;

/**
 * Finds stated stances: a stance cue ("welcomes", "rejecting", "concerns over",
 * "non-negotiable", "openness to", "optimistic") outside quotations, held by the
 * sentence's subject or speaker. A sentence that names no one continues the stance of
 * the one before it in the same passage ("... are essential for the stability of the
 * region"). A following "if" makes a stance conditional.
 */
final class PositionFinder {
    private final Doc doc;
    private final Holders holders;

    PositionFinder(Doc doc, Holders holders) {
        this.doc = doc;
        this.holders = holders;
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
            List<CueList.Match> cues = new ArrayList<>();
            for (CueList.Match m : doc.cues().stances().findAll(a.tokens())) {
                if (!a.isQuoted(m.start())) {
                    cues.add(m);
                }
            }
            for (int c = 0; c < cues.size(); c++) {
                CueList.Match m = cues.get(c);
                List<Actor> who = holders.of(a, m.start());
                if (who.isEmpty() && a.sentence.index() - lastSentence <= 2
                        && Math.abs(a.sentence.paragraph() - lastParagraph) <= 1) {
                    who = lastHolders;
                }
                if (who.isEmpty()) {
                    continue;
                }
                int end = c + 1 < cues.size() ? cues.get(c + 1).start() : a.size();
                String text = text(a, Math.max(textStart(a, m.start()), 0), end);
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

    /** The stance's words start a little before the cue, to keep "not" and the verb. */
    private int textStart(Annotated a, int cue) {
        int k = cue;
        while (k > 0 && cue - k < 3 && !a.token(k - 1).isPunct() && doc.refsIn(a, k - 1, k).isEmpty()) {
            k--;
        }
        return k;
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
