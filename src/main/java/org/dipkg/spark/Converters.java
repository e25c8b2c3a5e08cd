package org.dipkg.spark;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dipkg.rdf.ArticleConverter;

/**
 * The converter of this JVM: the language models load once, on a worker's first task, and
 * every task the worker runs after it (on any of its cores) shares them, as the threads
 * of {@code dipkg convert} do.
 */
final class Converters {
    private static final Logger LOG = LoggerFactory.getLogger(Converters.class);
    private static volatile ArticleConverter converter;

    private Converters() {
    }

    static ArticleConverter get() {
        ArticleConverter c = converter;
        if (c == null) {
            synchronized (Converters.class) {
                c = converter;
                if (c == null) {
                    SparkContexts.useJdkStax();
                    long start = System.nanoTime();
                    c = ArticleConverter.create().build();
                    converter = c;
                    LOG.info("language models loaded in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
                }
            }
        }
        return c;
    }
}
