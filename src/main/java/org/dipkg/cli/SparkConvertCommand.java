package org.dipkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.dipkg.ingest.Dates;
import org.dipkg.ingest.InputException;
import org.dipkg.rdf.CorpusConverter;
import org.dipkg.spark.ShardJob;
import org.dipkg.spark.ShardSummary;
import org.dipkg.spark.SparkContexts;

/** {@code dipkg spark-convert}: {@code convert} as an Apache Spark job, articles to N-Quads shards. */
@Command(name = "spark-convert", mixinStandardHelpOptions = true,
        description = {"Convert articles to N-Quads shards as an Apache Spark job: what convert does, on many "
                + "machines. Run it with spark-submit (the cluster provides Spark; see the README), or with Spark "
                + "on the class path for local mode.",
                "ARTICLE is a text file, a JSON Lines corpus (.jsonl), a folder holding either, or a glob, on any "
                        + "file system Hadoop reads (file:, hdfs:, s3a:, ...). Each worker loads the language models "
                        + "once. OUTPUT (new or empty) receives shard-NNNNN.nq, one per partition, each article's "
                        + "graph whole in one shard, and beside each shard-NNNNN.summary.json: its articles, quads, "
                        + "facts by kind, and the articles that failed with the reason. SOURCES.tsv manifests are "
                        + "not read: give titles, dates and URLs in a JSON Lines corpus.",
                "Load the shards with 'dipkg build-store'."},
        footer = {"", "Examples:",
                "  spark-submit --class org.dipkg.cli.Main target/dipkg.jar \\",
                "      spark-convert hdfs:///news/ -o hdfs:///shards",
                "  dipkg spark-convert corpus.jsonl -o shards --master 'local[2]'"})
public final class SparkConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Text files, .jsonl corpora, folders or globs.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The folder the shards go to (new or empty).")
    String output;

    @Option(names = "--shards", paramLabel = "N",
            description = "Shards to write. Default: one per input split (a block of a corpus, a group of files), at "
                    + "least one per core of the cluster.")
    int shards;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master. Default: the one spark-submit gives, else local[*] (this machine's cores).")
    String master;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of every article, as for convert.")
    String published;

    @Override
    public Integer call() throws IOException {
        if (shards < 0) {
            throw new ParameterException(spec.commandLine(), "--shards: " + shards + " is not a number of shards");
        }
        Optional<LocalDate> date = Optional.ofNullable(published).map(this::date);
        ShardJob job = ShardJob.create().inputs(inputs).output(output).shards(shards).published(date).build();
        List<ShardSummary> summaries;
        try {
            summaries = SparkContexts.run("dipkg spark-convert", master, job::run);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("Apache Spark is not on the class path: run this command with "
                    + "spark-submit (see the README), or put Spark's jars on the class path (missing: " + e.getMessage() + ")", e);
        }
        PrintWriter err = spec.commandLine().getErr();
        CorpusConverter.Summary total = total(summaries);
        total.failures().forEach(f -> err.println("dipkg: " + f));
        long quads = summaries.stream().mapToLong(ShardSummary::quads).sum();
        if (!Verbosity.quiet()) {
            err.println("dipkg: wrote " + summaries.size() + " shard" + (summaries.size() == 1 ? "" : "s") + ", "
                    + quads + " quads, to " + output);
        }
        Summaries.print(total, err);
        return total.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static CorpusConverter.Summary total(List<ShardSummary> summaries) {
        Map<String, Integer> facts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int converted = 0;
        for (ShardSummary s : summaries) {
            converted += s.articles();
            s.facts().forEach((k, v) -> facts.merge(k, v, Integer::sum));
            failures.addAll(s.failures());
        }
        return new CorpusConverter.Summary(converted, facts, failures, 0);
    }

    private LocalDate date(String s) {
        try {
            return Dates.parse(s, "--published");
        } catch (InputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
