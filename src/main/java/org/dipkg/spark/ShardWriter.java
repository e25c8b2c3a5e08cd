package org.dipkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import org.dipkg.ingest.ArticleInputs;
import org.dipkg.ingest.Item;
import org.dipkg.rdf.CorpusConverter;
import org.dipkg.rdf.OutputFormat;
import org.dipkg.rdf.RdfOutput;

/**
 * Converts the articles of one partition into one N-Quads shard, with the code and on the
 * path of {@code dipkg convert} ({@link CorpusConverter}, {@link RdfOutput}): each article's
 * graph whole in this shard. The shard is written under a temporary name and renamed when
 * complete, so a task that is run again replaces it and a reader never sees half a shard.
 */
final class ShardWriter {
    private final String output;
    private final Map<String, String> hadoop;
    private final Optional<LocalDate> published;
    private final Map<String, FirstRead> duplicates;

    /**
     * @param duplicates by article key, where the first article of each key that is read more
     *                   than once is; the others are not converted
     */
    ShardWriter(String output, Map<String, String> hadoop, Optional<LocalDate> published,
                Map<String, FirstRead> duplicates) {
        this.output = output;
        this.hadoop = hadoop;
        this.published = published;
        this.duplicates = duplicates;
    }

    /** The shard's summary; nothing is written for a partition that holds no input. */
    Iterator<ShardSummary> write(int index, Iterator<RawArticle> raw) throws IOException {
        if (!raw.hasNext()) {
            return List.<ShardSummary>of().iterator();
        }
        String name = String.format("shard-%05d", index);
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        Path dir = new Path(output);
        FileSystem fs = dir.getFileSystem(conf);
        fs.setWriteChecksum(false);
        Path shard = new Path(dir, name + ".nq");
        Path partial = new Path(dir, "." + name + ".nq.partial");
        List<String> warnings = new ArrayList<>();
        long[] quads = {0};
        CorpusConverter.Summary s;
        try (OutputStream out = fs.create(partial, true); RdfOutput rdf = RdfOutput.open(out, OutputFormat.NQ)) {
            s = CorpusConverter.create().threads(1).converter(Converters.get()).build().run(items(raw), r -> {
                warnings.addAll(r.item().warnings());
                if (r.ok()) {
                    rdf.write(r.model());
                    quads[0] += r.model().size();
                }
            });
        }
        fs.delete(shard, false);
        if (!fs.rename(partial, shard)) {
            throw new IOException(partial + ": cannot rename to " + shard);
        }
        ShardSummary summary = ShardSummary.of(shard.getName(), s, quads[0], warnings);
        try (OutputStream out = fs.create(new Path(dir, name + ".summary.json"), true)) {
            out.write((summary.json() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return List.of(summary).iterator();
    }

    private Iterable<Item> items(Iterator<RawArticle> raw) {
        return () -> new Iterator<>() {
            private Item next;

            @Override
            public boolean hasNext() {
                while (next == null && raw.hasNext()) {
                    RawArticle r = raw.next();
                    next = r.item(published).map(i -> unique(r, i)).orElse(null);
                }
                return next != null;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Item i = next;
                next = null;
                return i;
            }
        };
    }

    private Item unique(RawArticle r, Item i) {
        if (i.article().isEmpty()) {
            return i;
        }
        String id = i.article().get().id();
        FirstRead first = duplicates.get(FirstRead.key(id));
        if (first == null || first.order().equals(r.order())) {
            return i;
        }
        return Item.failed(i.origin(), ArticleInputs.duplicate(i.origin(), id, first.id(), first.origin()),
                i.warnings());
    }
}
