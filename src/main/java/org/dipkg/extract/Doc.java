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

    /** The first actor named in a sentence outside quotes: its grammatical subject, most often. */
    Optional<ActorRef> subject(Annotated a, int before) {
        for (ActorRef r : refsIn(a, 0, before)) {
            return Optional.of(r);
        }
        return Optional.empty();
    }

    boolean anyQuoted(Annotated a, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, a.size()); i++) {
            if (a.isQuoted(i)) {
                return true;
            }
        }
        return false;
    }

    List<Actor> persons() {
        List<Actor> out = new ArrayList<>();
        for (Actor a : resolver.actors.values()) {
            if (a.kind().isPerson()) {
                out.add(a);
            }
        }
        return out;
    }
}
