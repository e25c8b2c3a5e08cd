package org.dipkg.rdf;

import org.eclipse.rdf4j.model.Model;

import org.dipkg.extract.Extractor;
import org.dipkg.extract.Lexicon;
import org.dipkg.link.OfficeHolders;
import org.dipkg.link.PersonLinker;
import org.dipkg.model.Article;
import org.dipkg.model.Extraction;
import org.dipkg.nlp.Analyzer;
import org.dipkg.nlp.Nlp4jParser;
import org.dipkg.nlp.NlpModels;
import org.dipkg.nlp.SyntaxParser;

/**
 * Article in, RDF model out: analysis, extraction, linking of persons, mapping. Thread-safe: each thread
 * gets its own analyser; models and word lists are shared.
 *
 * <pre>
 *   Model m = ArticleConverter.create().build().convert(article);
 * </pre>
 */
public final class ArticleConverter {
    private final ThreadLocal<Analyzer> analyzer;
    private final Extractor extractor;
    private final PersonLinker linker;
    private final GraphMapper mapper;

    private ArticleConverter(String version, boolean statisticalLemmas, OfficeHolders holders) {
        NlpModels models = NlpModels.get();
        SyntaxParser parser = Nlp4jParser.get();
        this.analyzer = ThreadLocal.withInitial(() -> new Analyzer(models, statisticalLemmas, parser));
        this.extractor = new Extractor(Lexicon.get());
        this.linker = PersonLinker.create().holders(holders).build();
        this.mapper = GraphMapper.create().version(version).build();
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builds an {@link ArticleConverter}. */
    public static final class Builder {
        private String version = Version.get();
        private boolean statisticalLemmas;
        private OfficeHolders holders;

        public Builder version(String v) {
            this.version = v;
            return this;
        }

        /** Lemmas from OpenNLP's lemmatizer model rather than rules: slower, for comparison. */
        public Builder statisticalLemmas(boolean on) {
            this.statisticalLemmas = on;
            return this;
        }

        /** The office holders persons are linked to; by default those shipped in the jar. */
        public Builder holders(OfficeHolders h) {
            this.holders = h;
            return this;
        }

        public ArticleConverter build() {
            return new ArticleConverter(version, statisticalLemmas, holders);
        }
    }

    /** What the article says, its persons linked to office holders and to other articles. */
    public Extraction extract(Article article) {
        return linker.link(extractor.extract(article, analyzer.get().analyze(article.text())));
    }

    public Model map(Extraction x) {
        return mapper.map(x);
    }

    public Model convert(Article article) {
        return map(extract(article));
    }
}
