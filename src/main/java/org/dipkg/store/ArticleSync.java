package org.dipkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dipkg.ingest.Item;
import org.dipkg.model.Article;
import org.dipkg.rdf.CorpusConverter;
import org.dipkg.link.OfficeHolders;
import org.dipkg.rdf.Version;

/**
 * Brings a store up to date with a set of articles: converts and loads only the articles
 * that are new or changed since the last run (by a hash of their text, title, date, URL, the
 * converter's version and the office holders persons are linked to, kept in {@code dipkg-articles.tsv} in the store folder), in
 * batches of one transaction each.
 */
public final class ArticleSync {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleSync.class);
    static final String MANIFEST = "dipkg-articles.tsv";
    private static final int BATCH = 200;

    /** What a sync did. */
    public record Outcome(int loaded, int unchanged, List<String> failures) {
    }

    private final Tdb2Store store;
    private final CorpusConverter converter;

    public ArticleSync(Tdb2Store store, CorpusConverter converter) {
        this.store = store;
        this.converter = converter;
    }

    public Outcome run(Iterable<Item> items, Consumer<Item> onEach) throws StoreException {
        Map<String, String> manifest = readManifest();
        Map<String, String> pending = new LinkedHashMap<>();
        int[] unchanged = {0};
        Iterable<Item> changed = () -> java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .filter(i -> {
                    if (i.article().isEmpty()) {
                        return true;
                    }
                    Article a = i.article().get();
                    boolean same = hash(a).equals(manifest.get(a.id()));
                    if (same) {
                        unchanged[0]++;
                        onEach.accept(i);
                    }
                    return !same;
                }).iterator();
        DatasetGraph[] batch = {DatasetFactory.createGeneral().asDatasetGraph()};
        int[] loaded = {0};
        StoreException[] failed = {null};
        CorpusConverter.Summary summary = converter.run(changed, r -> {
            onEach.accept(r.item());
            if (!r.ok() || failed[0] != null) {
                return;
            }
            JenaQuads.addTo(r.model(), batch[0]);
            pending.put(r.item().article().get().id(), hash(r.item().article().get()));
            if (pending.size() >= BATCH) {
                failed[0] = flush(batch[0], pending, manifest, loaded);
                batch[0] = DatasetFactory.createGeneral().asDatasetGraph();
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        StoreException last = flush(batch[0], pending, manifest, loaded);
        if (last != null) {
            throw last;
        }
        return new Outcome(loaded[0], unchanged[0], summary.failures());
    }

    private StoreException flush(DatasetGraph batch, Map<String, String> pending, Map<String, String> manifest,
                                 int[] loaded) {
        if (pending.isEmpty()) {
            return null;
        }
        try {
            store.commit(batch);
            manifest.putAll(pending);
            writeManifest(manifest);
            loaded[0] += pending.size();
            LOG.info("loaded {} articles ({} in all)", pending.size(), loaded[0]);
            pending.clear();
            return null;
        } catch (StoreException e) {
            return e;
        }
    }

    static String hash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Version.get().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(OfficeHolders.digest().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(a.published().map(Object::toString).orElse("").getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(a.sourceUrl().orElse("").getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(a.title().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(a.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> readManifest() throws StoreException {
        Path f = store.dir().resolve(MANIFEST);
        Map<String, String> m = new LinkedHashMap<>();
        if (!Files.exists(f)) {
            return m;
        }
        try {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (cells.length == 2 && !line.startsWith("#")) {
                    m.put(cells[0], cells[1]);
                }
            }
        } catch (IOException e) {
            throw new StoreException(f + ": cannot read: " + e.getMessage(), e);
        }
        return m;
    }

    private void writeManifest(Map<String, String> m) throws StoreException {
        Path f = store.dir().resolve(MANIFEST);
        Path tmp = store.dir().resolve(MANIFEST + ".part");
        StringBuilder b = new StringBuilder("# article id\tcontent hash (converted and loaded)\n");
        m.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
        try {
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(f + ": cannot write: " + e.getMessage(), e);
        }
    }
}
