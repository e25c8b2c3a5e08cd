package org.dipkg.spark;

import java.io.IOException;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A Spark context for one job: the master that spark-submit gives (or the one named), else
 * local mode on every core; in local mode without the web UI, which nobody would see.
 */
public final class SparkContexts {
    /** A job over a context. */
    public interface Job<T> {
        T run(JavaSparkContext sc) throws IOException;
    }

    private SparkContexts() {
    }

    /**
     * Hadoop's client jar, on every Spark class path, registers its own StAX parser, which
     * refuses the safety settings that Jena's RDF/XML reader makes (and logs an error for each);
     * the JDK's parser, which the CLI uses, takes them. A choice made by the user stands.
     */
    static void useJdkStax() {
        if (System.getProperty(STAX) == null) {
            System.setProperty(STAX, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }

    private static final String STAX = "javax.xml.stream.XMLInputFactory";

    public static <T> T run(String name, String master, Job<T> job) throws IOException {
        useJdkStax();
        SparkConf conf = new SparkConf().setAppName(name);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            return job.run(sc);
        }
    }
}
