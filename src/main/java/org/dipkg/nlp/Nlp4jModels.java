package org.dipkg.nlp;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.parsers.DocumentBuilderFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.common.util.NLPUtils;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;

/**
 * The English models of Emory NLP4J 1.1.3 (trained on OntoNotes news): the lexica
 * (ambiguity classes, word clusters, word embeddings, entity gazetteers), the
 * part-of-speech tagger, the named-entity recognizer and the dependency parser.
 * Loaded once per process, each part in its own thread (about 45 CPU-seconds and
 * 2 GB of heap in all); thread-safe once loaded.
 */
final class Nlp4jModels {
    private static final Logger LOG = LoggerFactory.getLogger(Nlp4jModels.class);
    private static final String ROOT = "edu/emory/mathcs/nlp/";
    private static final String[][] LEXICA = {
        {"ambiguity_classes", "word_form_simplified_lowercase", "lexica/en-ambiguity-classes-simplified-lowercase.xz"},
        {"word_clusters", "word_form_simplified_lowercase", "lexica/en-brown-clusters-simplified-lowercase.xz"},
        {"word_embeddings", "word_form_undigitalized", "lexica/en-word-embeddings-undigitalized.xz"},
        {"named_entity_gazetteers", "word_form_simplified", "lexica/en-named-entity-gazetteers-simplified.xz"},
    };

    /** Heap below which loading is likely to run out of memory. */
    private static final long MIN_HEAP = 2_500L << 20;

    private static volatile Nlp4jModels instance;

    /** The components in the order they run: lexica, tagger, morphology, entities, dependencies. */
    final List<NLPComponent<NLPNode>> components;

    private Nlp4jModels() {
        long start = System.nanoTime();
        LOG.info("loading the language models (entities, dependency syntax); this takes a while once per run");
        long heap = Runtime.getRuntime().maxMemory();
        if (heap < MIN_HEAP) {
            LOG.warn("the language models need about 2 GB of heap and this JVM has {} MB: run java with -Xmx3g "
                    + "(the dipkg launcher does)", heap >> 20);
        }
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dipkg-model-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<GlobalLexica<NLPNode>>> lexica = new ArrayList<>();
            for (String[] l : LEXICA) {
                lexica.add(pool.submit(() -> lexicon(l[0], l[1], l[2])));
            }
            Future<NLPComponent<NLPNode>> pos = pool.submit(() -> component("models/en-pos.xz"));
            Future<NLPComponent<NLPNode>> ner = pool.submit(() -> component("models/en-ner.xz"));
            Future<NLPComponent<NLPNode>> dep = pool.submit(() -> component("models/en-dep.xz"));
            GlobalLexica<NLPNode> all = lexica.get(0).get();
            all.setWordClusters(lexica.get(1).get().getWordClusters());
            all.setWordEmbeddings(lexica.get(2).get().getWordEmbeddings());
            all.setNamedEntityGazetteers(lexica.get(3).get().getNamedEntityGazetteers());
            components = List.of(all, pos.get(), new MorphologicalAnalyzer<>(Language.ENGLISH), ner.get(), dep.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the language models", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot load the language models: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        LOG.info("language models loaded in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    /** The models, loaded on first use. */
    static Nlp4jModels get() {
        Nlp4jModels m = instance;
        if (m == null) {
            synchronized (Nlp4jModels.class) {
                if (instance == null) {
                    instance = new Nlp4jModels();
                }
                m = instance;
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static NLPComponent<NLPNode> component(String path) {
        return (NLPComponent<NLPNode>) NLPUtils.getComponent(ROOT + path);
    }

    private static GlobalLexica<NLPNode> lexicon(String element, String field, String path) throws Exception {
        String xml = "<configuration><lexica><" + element + " field=\"" + field + "\">" + ROOT + path
                + "</" + element + "></lexica></configuration>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        return new GlobalLexica<>(root);
    }
}
