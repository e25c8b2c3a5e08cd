package org.dipkg.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Conversion as an Apache Spark job: the articles of text files and JSON Lines corpora on
 * any file system Hadoop reads (local, HDFS, S3, ...) to N-Quads shards, one per partition,
 * each with a summary beside it. Every worker loads the language models once and converts
 * its articles with the code of {@code dipkg convert}, so the shards hold the quads that
 * {@code convert} writes for the same articles.
 *
 * <pre>
 *   List&lt;ShardSummary&gt; shards = ShardJob.create().inputs(List.of("hdfs:///corpus/")).output("hdfs:///shards")
 *           .build().run(sparkContext);
 * </pre>
 */
public final class ShardJob {
    private static final Logger LOG = LoggerFactory.getLogger(ShardJob.class);

    private final List<String> inputs;
    private final String output;
    private final int shards;
    private final Optional<LocalDate> published;

    private ShardJob(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.output = b.output;
        this.shards = b.shards;
        this.published = b.published;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builds a {@link ShardJob}. */
    public static final class Builder {
        private List<String> inputs = List.of();
        private String output;
        private int shards;
        private Optional<LocalDate> published = Optional.empty();

        /** Files, folders (searched for .txt and .jsonl files) or glob patterns, as Hadoop paths. */
        public Builder inputs(List<String> paths) {
            this.inputs = paths;
            return this;
        }

        /** The folder the shards go to. */
        public Builder output(String path) {
            this.output = path;
            return this;
        }

        /** Shards to write; 0 (the default) for one per input split, and at least one per core of the cluster. */
        public Builder shards(int n) {
            this.shards = n;
            return this;
        }

        /** A publication date for every article, as {@code convert --published} gives. */
        public Builder published(Optional<LocalDate> date) {
            this.published = date;
            return this;
        }

        public ShardJob build() {
            if (inputs.isEmpty() || output == null) {
                throw new IllegalArgumentException("a shard job needs inputs and an output folder");
            }
            return new ShardJob(this);
        }
    }

    /** Runs the job; the shards' summaries, in shard order. */
    public List<ShardSummary> run(JavaSparkContext sc) throws IOException {
        Configuration conf = sc.hadoopConfiguration();
        List<String> jsonl = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String in : inputs) {
            files(new Path(in), conf, jsonl, text);
        }
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(conf);
        if (fs.exists(out) && fs.listStatus(out).length > 0) {
            throw new IOException(output + ": not empty; shards go to a new or an empty folder");
        }
        fs.mkdirs(out);
        JavaRDD<RawArticle> raw = read(sc, jsonl, text);
        if (shards > 0) {
            raw = raw.repartition(shards);
        } else if (raw.getNumPartitions() < sc.defaultParallelism()) {
            raw = raw.repartition(sc.defaultParallelism());
        }
        LocalDate date = published.orElse(null);
        Map<String, FirstRead> duplicates = new HashMap<>(raw
                .flatMap(r -> r.item(Optional.ofNullable(date)).flatMap(i -> i.article()).map(a -> List.of(
                        new Tuple2<>(FirstRead.key(a.id()), FirstRead.of(r, a.id())))).orElse(List.of()).iterator())
                .mapToPair(t -> t).reduceByKey(FirstRead::and).filter(t -> t._2().count() > 1).collectAsMap());
        Broadcast<Map<String, FirstRead>> firsts = sc.broadcast(duplicates);
        Map<String, String> hadoop = new HashMap<>();
        conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        String dir = fs.makeQualified(out).toString();
        LOG.info("converting {} corpora and {} text files into {}", jsonl.size(), text.size(), dir);
        List<ShardSummary> summaries = raw.mapPartitionsWithIndex((index, it) ->
                new ShardWriter(dir, hadoop, Optional.ofNullable(date), firsts.value()).write(index, it), true).collect();
        return summaries;
    }

    private static JavaRDD<RawArticle> read(JavaSparkContext sc, List<String> jsonl, List<String> text) {
        List<JavaRDD<RawArticle>> parts = new ArrayList<>();
        if (!jsonl.isEmpty()) {
            JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopFile(
                    String.join(",", jsonl), TextInputFormat.class, LongWritable.class, Text.class,
                    sc.hadoopConfiguration());
            parts.add(lines.mapPartitionsWithInputSplit((split, it) -> {
                String file = ((FileSplit) split).getPath().toString();
                return new java.util.Iterator<RawArticle>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public RawArticle next() {
                        Tuple2<LongWritable, Text> t = it.next();
                        return new RawArticle(file, t._1().get(), true, t._2().copyBytes());
                    }
                };
            }, true));
        }
        if (!text.isEmpty()) {
            parts.add(sc.binaryFiles(String.join(",", text)).map(t ->
                    new RawArticle(t._1(), 0, false, t._2().toArray())));
        }
        JavaRDD<RawArticle> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    /**
     * The article files a path names, as {@code convert} reads them: a file itself (a corpus if
     * it ends in .jsonl, else a text article), the .txt and .jsonl files under a folder, a glob's matches.
     */
    private static void files(Path p, Configuration conf, List<String> jsonl, List<String> text) throws IOException {
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(p);
        if (matched == null || matched.length == 0) {
            throw new IOException(p + ": no such file or folder");
        }
        int before = jsonl.size() + text.size();
        for (FileStatus s : matched) {
            if (s.isDirectory()) {
                List<String> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
                while (it.hasNext()) {
                    found.add(it.next().getPath().toString());
                }
                found.stream().sorted().forEach(f -> sort(f, jsonl, text));
            } else if (s.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                jsonl.add(s.getPath().toString());
            } else {
                text.add(s.getPath().toString());
            }
        }
        if (jsonl.size() + text.size() == before) {
            throw new IOException(p + ": no articles here (no .txt or .jsonl files)");
        }
    }

    private static void sort(String file, List<String> jsonl, List<String> text) {
        String n = file.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl")) {
            jsonl.add(file);
        } else if (n.endsWith(".txt")) {
            text.add(file);
        }
    }
}
