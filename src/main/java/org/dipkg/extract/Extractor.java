package org.dipkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.Article;
import org.dipkg.model.DateSource;
import org.dipkg.model.Demand;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;
import org.dipkg.model.Mention;
import org.dipkg.model.PartialDate;
import org.dipkg.model.Position;
import org.dipkg.model.Sentence;
import org.dipkg.model.Statement;

/**
 * Turns an analysed article into facts: actors, posts, meetings, statements, demands and
 * positions, each with its evidence. A pure function of the article, its sentences and
 * the word lists.
 *
 * <pre>
 *   Extraction x = new Extractor(Lexicon.get()).extract(article, sentences);
 * </pre>
 */
public final class Extractor {
    private final Lexicon lexicon;
    private final MentionFinder mentions;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.mentions = new MentionFinder(lexicon);
    }

    public Extraction extract(Article article, List<Sentence> sentences) {
        List<QuoteSpan> quotes = QuoteFinder.find(article.text(), sentences, this::isPlaceName);
        List<List<Gazetteer.Hit>> known = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            known.add(lexicon.gazetteer.find(s.text(), s.begin()));
        }
        List<List<Gazetteer.Hit>> organizations = OrganizationFinder.find(sentences, known, lexicon.titles, lexicon.cues.organizationHeads());
        List<Annotated> doc = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Gazetteer.Hit> hits = new ArrayList<>(known.get(s.index()));
            hits.addAll(organizations.get(s.index()));
            hits.sort(java.util.Comparator.comparingInt(Gazetteer.Hit::begin));
            Annotated a = new Annotated(s, hits, quoted(s, quotes), DateFinder.find(s.text(), s.begin()));
            mentions.annotate(a);
            doc.add(a);
        }
        Optional<LocalDate> published = article.published();
        DateSource source = DateSource.GIVEN;
        if (published.isEmpty()) {
            PublicationDates.Inferred inferred = PublicationDates.infer(doc);
            published = inferred.date();
            source = inferred.source();
        }
        Resolver resolver = new Resolver(lexicon, doc, !article.title().isEmpty()).run();
        Doc d = new Doc(article, lexicon, doc, resolver, quotes, published);

        MeetingFinder finder = new MeetingFinder(d);
        List<MeetingFinder.Candidate> candidates = finder.find();
        List<Meeting> meetings = finder.placedInTheOnlyCity(
                new MeetingMerger(resolver.roles, published.map(PartialDate::of)).merge(candidates));
        Holders holders = new Holders(d, candidates);
        List<Statement> statements = new StatementFinder(d).find();
        List<Demand> demands = new DemandFinder(d, holders).find();
        List<Position> positions = new PositionFinder(d, holders, candidates, statements).find();

        List<Mention> allMentions = new ArrayList<>();
        for (Annotated a : doc) {
            for (ActorRef r : resolver.in(a.sentence.index())) {
                allMentions.add(r.toMention(article.text().substring(r.begin(), r.endOffset())));
            }
        }
        return new Extraction(article, published, source, sentences, actors(resolver, meetings, statements, demands,
                positions), allMentions, resolver.roles, meetings, statements, demands, positions);
    }

    /** "Nairobi", "LIMA": a text that is all place names (a dateline, not a speaker). */
    private boolean isPlaceName(String text) {
        List<Gazetteer.Hit> hits = lexicon.gazetteer.find(text, 0);
        int covered = 0;
        for (Gazetteer.Hit h : hits) {
            if (h.entry().place().isEmpty()) {
                return false;
            }
            covered += h.end() - h.begin();
        }
        return !hits.isEmpty() && covered >= text.replaceAll("[^\\p{L}]", "").length();
    }

    /** Everyone named, and everyone a fact refers to. */
    private static List<Actor> actors(Resolver r, List<Meeting> meetings, List<Statement> statements,
                                      List<Demand> demands, List<Position> positions) {
        Map<String, Actor> all = new LinkedHashMap<>(r.actors);
        meetings.forEach(m -> m.participants().forEach(a -> all.putIfAbsent(a.key(), a)));
        statements.forEach(s -> s.speaker().ifPresent(a -> all.putIfAbsent(a.key(), a)));
        demands.forEach(x -> {
            all.putIfAbsent(x.demander().key(), x.demander());
            x.addressee().ifPresent(a -> all.putIfAbsent(a.key(), a));
        });
        positions.forEach(p -> all.putIfAbsent(p.holder().key(), p.holder()));
        r.roles.forEach(x -> x.affiliation().ifPresent(a -> all.putIfAbsent(a.key(), a)));
        return List.copyOf(all.values());
    }

    /** "NEW DELHI, March 2 (Reuters) -": a dateline opening a paragraph names no actor of the story. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^[\\p{Lu}][\\p{Lu}\\p{M} .'-]{1,40}(?:,[^\\n()-]{0,40})?\\s*(?:\\([^)]{1,40}\\))?\\s*[-\u2013\u2014]+\\s");

    private static int datelineEnd(Sentence s) {
        java.util.regex.Matcher m = DATELINE.matcher(s.text());
        return m.find() ? s.begin() + m.end() : s.begin();
    }

    private static boolean[] quoted(Sentence s, List<QuoteSpan> quotes) {
        boolean[] q = new boolean[s.tokens().size()];
        int dateline = datelineEnd(s);
        for (int i = 0; i < q.length; i++) {
            q[i] = s.tokens().get(i).begin() < dateline;
        }
        for (QuoteSpan span : quotes) {
            if (span.end() <= s.begin() || span.begin() >= s.end()) {
                continue;
            }
            for (int i = 0; i < q.length; i++) {
                int b = s.tokens().get(i).begin();
                q[i] |= b >= span.begin() && b < span.end();
            }
        }
        return q;
    }
}
