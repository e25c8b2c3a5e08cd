package org.dipkg.bench;

import java.lang.reflect.Field;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import org.dipkg.nlp.NlpModels;

/**
 * The reference pass for conversion speed: OpenNLP alone, sentence detection,
 * tokenization and POS tagging, with the very models the converter loads
 * ({@link NlpModels}), line by line as the converter reads a document. One per thread.
 */
final class OpenNlpPass {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    OpenNlpPass() {
        NlpModels m = NlpModels.get();
        this.sentences = new SentenceDetectorME((SentenceModel) field(m, "sentences"));
        this.tokenizer = new TokenizerME((TokenizerModel) field(m, "tokens"));
        this.tagger = new POSTaggerME((POSModel) field(m, "pos"));
    }

    /** Runs the pass over a document; returns its token count. */
    long run(String text) {
        long tokens = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            for (Span s : sentences.sentPosDetect(line)) {
                String sentence = s.getCoveredText(line).toString();
                String[] words = Span.spansToStrings(tokenizer.tokenizePos(sentence), sentence);
                tagger.tag(words);
                tokens += words.length;
            }
        }
        return tokens;
    }

    private static Object field(NlpModels m, String name) {
        try {
            Field f = NlpModels.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(m);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("NlpModels." + name + ": " + e, e);
        }
    }
}
