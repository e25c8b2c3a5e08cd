package org.dipkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (Universal Dependencies, English Web Treebank) shipped
 * on the classpath by the opennlp-models-*-en artifacts. Loaded once; thread-safe.
 */
public final class NlpModels {
    static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile NlpModels instance;

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;
    private volatile LemmatizerModel lemmas;

    private NlpModels() {
        try {
            sentences = new SentenceModel(open(SENTENCES));
            tokens = new TokenizerModel(open(TOKENS));
            pos = new POSModel(open(POS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model", e);
        }
    }

    /** The statistical lemmatizer's model, loaded on first use (most runs use rule lemmas). */
    LemmatizerModel lemmas() {
        if (lemmas == null) {
            synchronized (this) {
                if (lemmas == null) {
                    try {
                        lemmas = new LemmatizerModel(open(LEMMAS));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read an OpenNLP model", e);
                    }
                }
            }
        }
        return lemmas;
    }

    /** The models, loaded on first use. */
    public static NlpModels get() {
        NlpModels m = instance;
        if (m == null) {
            synchronized (NlpModels.class) {
                if (instance == null) {
                    instance = new NlpModels();
                }
                m = instance;
            }
        }
        return m;
    }

    private static InputStream open(String name) {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model not on the classpath: " + name);
        }
        return in;
    }
}
