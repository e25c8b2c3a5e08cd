package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;

import org.dipkg.model.Sentence;
import org.dipkg.model.Token;

/**
 * A sentence with what the first pass found in it: names from the gazetteer (by token),
 * titles, person names, dates, and which tokens are inside quotation marks.
 */
final class Annotated {
    final Sentence sentence;
    final List<Gazetteer.Hit> hits;
    /** For each token, the index in {@code hits} of the name covering it, or -1. */
    final int[] hitAt;
    final boolean[] quoted;
    final List<DateMention> dates;
    final List<TitleHit> titles = new ArrayList<>();
    final List<NameHit> names = new ArrayList<>();

    Annotated(Sentence sentence, List<Gazetteer.Hit> hits, boolean[] quoted, List<DateMention> dates) {
        this.sentence = sentence;
        this.hits = hits;
        this.quoted = quoted;
        this.dates = dates;
        this.hitAt = new int[sentence.tokens().size()];
        List<Token> tokens = sentence.tokens();
        int h = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (h < hits.size() && hits.get(h).end() <= t.begin()) {
                h++;
            }
            hitAt[i] = h < hits.size() && hits.get(h).begin() < t.end() && t.begin() < hits.get(h).end() ? h : -1;
        }
    }

    List<Token> tokens() {
        return sentence.tokens();
    }

    int size() {
        return sentence.tokens().size();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lower(int i) {
        return Text.fold(token(i).text()).toLowerCase(java.util.Locale.ROOT);
    }

    boolean isWord(int i, String... words) {
        if (i < 0 || i >= size()) {
            return false;
        }
        String w = lower(i);
        for (String x : words) {
            if (w.equals(x)) {
                return true;
            }
        }
        return false;
    }

    Gazetteer.Hit hit(int i) {
        return i >= 0 && i < size() && hitAt[i] >= 0 ? hits.get(hitAt[i]) : null;
    }

    /** First token index after the gazetteer hit covering token i. */
    int hitEnd(int i) {
        int j = i;
        while (j < size() && hitAt[j] == hitAt[i]) {
            j++;
        }
        return j;
    }

    /** First token of the gazetteer hit covering token i. */
    int hitStart(int i) {
        int j = i;
        while (j > 0 && hitAt[j - 1] == hitAt[i]) {
            j--;
        }
        return j;
    }

    boolean isQuoted(int i) {
        return quoted[i];
    }
}
