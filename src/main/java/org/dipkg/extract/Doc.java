package org.dipkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.Article;
import org.dipkg.model.PartialDate;

/**
 * One article in the middle of extraction: its annotated sentences, resolved actor
 * references, quotations and publication date. Shared, read-only, by the fact finders.
 */
final class Doc {
    final Article article;
    final Lexicon lexicon;
    final List<Annotated> sentences;
    final Resolver resolver;
    final List<QuoteSpan> quotes;
    final Optional<LocalDate> published;

    Doc(Article article, Lexicon lexicon, List<Annotated> sentences, Resolver resolver, List<QuoteSpan> quotes,
        Optional<LocalDate> published) {
        this.article = article;
        this.lexicon = lexicon;
        this.sentences = sentences;
        this.resolver = resolver;
        this.quotes = quotes;
        this.published = published;
    }

    Cues cues() {
        return lexicon.cues;
    }

    List<ActorRef> refs(int sentence) {
        return resolver.in(sentence);
    }

    /** The speaker a transcript turn's label names: the last person named before the turn's words. */
    Optional<Actor> turnSpeaker(QuoteSpan q) {
        Actor best = null;
        for (ActorRef r : refs(q.firstSentence())) {
            if (r.endOffset() <= q.begin() && r.isPerson()) {
                best = r.actor();
            }
        }
        return Optional.ofNullable(best);
    }

    /** True for the headline: facts are not taken from it, only names. */
    boolean isHeadline(Annotated a) {
        return a.sentence.paragraph() == 0 && !article.title().isEmpty();
    }

    /** The resolved date of a date mention, looking forward when the context speaks of the future. */
    Optional<PartialDate> resolve(DateMention d, boolean future) {
        return DateFinder.resolve(d, published, future);
    }

    /** Non-affiliation references in tokens [from, to), outside quotation marks. */
    List<ActorRef> refsIn(Annotated a, int from, int to) {
        List<ActorRef> out = new ArrayList<>();
        for (ActorRef r : refs(a.sentence.index())) {
            if (r.start() >= from && r.start() < to && !r.quoted() && !r.affiliation()) {
                out.add(r);
            }
        }
        return out;
    }

    /** The sentence's subject: the first actor before {@code before} that is not in a phrase or a modifier. */
    Optional<ActorRef> subject(Annotated a, int before) {
        return subjectIn(a, 0, before);
    }

    /** All actors of the sentence's subject: "Secretary Marsh and Foreign Minister Novak ... agreed to meet". */
    List<ActorRef> subjects(Annotated a, int before) {
        int firstVerb = before;
        for (int k = 0; k < before; k++) {
            if (a.token(k).pos().equals("VERB") && !a.isQuoted(k)) {
                firstVerb = k;
                break;
            }
        }
        List<ActorRef> out = new ArrayList<>();
        for (ActorRef r : refsIn(a, 0, firstVerb)) {
            if (!inPrepositionalPhrase(a, r, 0) && !modifiesAnotherNoun(a, r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("between", "with", "of", "to", "for",
            "by", "on", "about", "over", "against", "from", "in", "at", "among", "toward", "towards", "into", "like",
            "than");

    /**
     * The actor that is the subject of tokens [from, to): not inside a prepositional phrase
     * ("talks between Israel and ..."), not a modifier of another noun ("Israeli-Palestinian
     * negotiations", "India's cricketers") unless that noun stands for the state ("U.S. officials").
     */
    public Optional<ActorRef> subjectIn(Annotated a, int from, int to) {
        for (ActorRef r : refsIn(a, from, to)) {
            if (inPrepositionalPhrase(a, r, from) || modifiesAnotherNoun(a, r)) {
                continue;
            }
            return Optional.of(r);
        }
        return Optional.empty();
    }

    boolean inPrepositionalPhrase(Annotated a, ActorRef r, int from) {
        for (int k = r.start() - 1; k >= from; k--) {
            String w = a.lower(k);
            if (insideTitle(a, k) || inDate(a, k)) {
                return false;   // "On Friday Rosa Vidal had ...": the phrase ends with its date
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

    private static boolean inDate(Annotated a, int k) {
        int offset = a.token(k).begin();
        for (DateMention d : a.dates) {
            if (offset >= d.begin() && offset < d.end()) {
                return true;
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
        while (k < a.size()) {
            List<ActorRef> here = refsIn(a, k, k + 1);
            if (!here.isEmpty()) {
                k = here.get(0).end();
            } else if (a.isWord(k, "-") || a.token(k).pos().equals("ADJ")
                    || a.isWord(k, "and", ",") && k + 1 < a.size() && !refsIn(a, k + 1, k + 2).isEmpty()) {
                k++;
            } else {
                break;
            }
        }
        if (k >= a.size() || insideTitle(a, k)) {
            return false;
        }
        String pos = a.token(k).pos();
        boolean noun = pos.equals("NOUN") || pos.equals("PROPN") && a.hit(k) == null && a.token(k).isCapitalized();
        return noun && cues().groupNouns().matchAt(a.tokens(), k).isEmpty();
    }

    /** The speaker a speech verb of the sentence names, outside quotations. */
    Optional<ActorRef> speaker(Annotated a) {
        for (int i = 0; i < a.size(); i++) {
            if (a.isQuoted(i) || !a.token(i).isVerb() || cues().speech().matchAt(a.tokens(), i).isEmpty()) {
                continue;
            }
            Optional<ActorRef> subject = subjectIn(a, 0, i);
            if (subject.isPresent()) {
                return subject;
            }
            for (ActorRef r : refsIn(a, i + 1, Math.min(a.size(), i + 4))) {
                if (r.isPerson()) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }
}
