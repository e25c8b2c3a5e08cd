package org.dipkg.accuracy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.eclipse.rdf4j.model.Model;

import org.dipkg.ingest.ArticleInputs;
import org.dipkg.ingest.Dates;
import org.dipkg.ingest.InputException;
import org.dipkg.ingest.Item;
import org.dipkg.model.Article;
import org.dipkg.rdf.ArticleConverter;
import org.dipkg.rdf.Iris;

/**
 * Scores the converter on gold files, in process: each gold file's article is read as
 * {@code dipkg convert ARTICLE --published DATE} reads it, converted, queried with the
 * contract queries and scored. An article that cannot be read, converted, queried or
 * scored is a failure that misses all its required facts, as in score.py.
 *
 * <pre>
 *   CorpusScore s = CorpusScorer.create().queries(Path.of("queries")).build().score(GoldFiles.in(folder));
 * </pre>
 */
final class CorpusScorer {
    private final ArticleConverter converter;
    private final ContractQueries queries;

    private CorpusScorer(ArticleConverter converter, ContractQueries queries) {
        this.converter = converter;
        this.queries = queries;
    }

    static Builder create() {
        return new Builder();
    }

    /** Builds a {@link CorpusScorer}. */
    static final class Builder {
        private ArticleConverter converter;
        private Path queries = Path.of("queries");

        /** One converter for the whole corpus; by default {@code ArticleConverter.create().build()}. */
        Builder converter(ArticleConverter c) {
            this.converter = c;
            return this;
        }

        /** The folder of the contract queries; by default {@code queries}. */
        Builder queries(Path folder) {
            this.queries = folder;
            return this;
        }

        CorpusScorer build() throws IOException {
            return new CorpusScorer(converter == null ? ArticleConverter.create().build() : converter,
                    ContractQueries.load(queries));
        }
    }

    CorpusScore score(List<Path> goldFiles) {
        CorpusScore.Builder b = CorpusScore.create();
        for (Path f : goldFiles) {
            JsonObject json = json(f);
            try {
                b.add(scoreOne(f, json));
            } catch (RuntimeException | InputException e) {
                b.failed(f.getFileName().toString(), String.valueOf(e.getMessage()), required(json));
            }
        }
        return b.build();
    }

    private static JsonObject json(Path goldFile) {
        try {
            return JSON.read(goldFile.toString());
        } catch (RuntimeException e) {
            // Jena's parser reports some broken files with a NullPointerException
            throw new IllegalArgumentException(goldFile + ": not a JSON object (" + e + ")", e);
        }
    }

    private ArticleScore scoreOne(Path goldFile, JsonObject json) throws InputException {
        Gold gold = GoldReader.read(json);
        Path text = goldFile.toAbsolutePath().getParent().resolve(gold.article());
        Model model = converter.convert(article(text, gold.published()));
        return GoldScorer.score(gold, queries.run(model));
    }

    /** The article as {@code dipkg convert FILE --published DATE} reads it. */
    private static Article article(Path text, Optional<String> published) throws InputException {
        Optional<LocalDate> date = published.isEmpty() ? Optional.empty()
                : Optional.of(Dates.parse(published.get(), "input.published"));
        Iterator<Item> items = ArticleInputs.create().paths(List.of(text)).published(date).idKey(Iris::slug).build()
                .iterator();
        Item item = items.next();
        return item.article().orElseThrow(() -> new IllegalStateException(item.error().orElse("unreadable")));
    }

    private static Map<Category, Integer> required(JsonObject json) {
        Map<Category, Integer> m = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            m.put(c, GoldReader.required(json, c));
        }
        return m;
    }
}
