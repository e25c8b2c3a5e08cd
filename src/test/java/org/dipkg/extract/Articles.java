package org.dipkg.extract;

import java.time.LocalDate;
import java.util.Optional;

import org.dipkg.model.Article;
import org.dipkg.model.Extraction;
import org.dipkg.nlp.Analyzer;
import org.dipkg.nlp.Nlp4jParser;
import org.dipkg.nlp.NlpModels;

/** Test helper: runs the extraction on text written in a test. */
final class Articles {
    private static final Analyzer ANALYZER = new Analyzer(NlpModels.get());
    private static final Analyzer PARSING = new Analyzer(NlpModels.get(), false, Nlp4jParser.get());
    private static final Extractor EXTRACTOR = new Extractor(Lexicon.get());

    private Articles() {
    }

    /** The extraction with the trained entity recognizer and dependency parser, as the converter runs it. */
    static synchronized Extraction parsed(String title, String body, String published) {
        String text = Article.document(title, body);
        return EXTRACTOR.extract(article(title, text, published), PARSING.analyze(text));
    }

    private static Article article(String title, String text, String published) {
        return new Article("test", title, text,
                published == null ? Optional.empty() : Optional.of(LocalDate.parse(published)), Optional.empty(), "test");
    }

    static synchronized Extraction extract(String title, String body, String published) {
        String text = Article.document(title, body);
        Article a = new Article("test", title, text,
                published == null ? Optional.empty() : Optional.of(LocalDate.parse(published)), Optional.empty(), "test");
        return EXTRACTOR.extract(a, ANALYZER.analyze(text));
    }
}
