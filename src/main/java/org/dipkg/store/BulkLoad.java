package org.dipkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * A large N-Quads or TriG input loaded into an <em>empty</em> store by TDB2's phased
 * bulk loader: it builds the node table and the primary indexes while it parses, then
 * the other indexes from them, on several threads, and leaves a compact store.
 *
 * <p>The bulk loader commits each index on its own, so a load that stops part way would
 * leave the indexes disagreeing. A marker file in the store folder says a bulk load is
 * under way; it goes when the load is complete. A load whose input fails part way lets the
 * loader finish what it has read (so that its threads end), then takes the store back to
 * empty; a process killed mid-load leaves the marker, and the next
 * {@link Tdb2Store#open} takes the store back to empty then. Either way nothing that was
 * in the store is lost: it held nothing.
 */
final class BulkLoad {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    static final String MARKER = "dipkg-bulk-load.incomplete";
    private static final long PROGRESS_EVERY = 250_000;

    private final Tdb2Store store;
    private final LoadListener listener;
    private final AtomicLong bytesRead = new AtomicLong();
    private final Set<Node> graphs = new HashSet<>();
    private long bytesTotal;
    private long quads;

    BulkLoad(Tdb2Store store, LoadListener listener) {
        this.store = store;
        this.listener = listener;
    }

    LoadReport run(List<Path> files, long bytes) throws StoreException {
        this.bytesTotal = bytes;
        Path marker = store.dir().resolve(MARKER);
        writeMarker(marker);
        DataLoader loader = LoaderFactory.phasedLoader(store.dataset().asDatasetGraph(),
                (fmt, args) -> LOG.debug(String.format(fmt, args)));
        loader.startBulk();
        Path current = null;
        Exception failure = null;
        try {
            for (Path f : files) {
                current = f;
                parse(f, loader.stream());
            }
        } catch (IOException | RuntimeException e) {
            // a parse error (Jena's RiotException), or the store failing under the loader (a full disk)
            failure = e;
        }
        if (failure == null) {
            LOG.info("read {} quads in {} graphs; building the other indexes", quads, graphs.size());
        }
        try {
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            store.discardAll();
            deleteMarker(marker);
            String what = failure instanceof IOException ? "cannot read: " + failure.getMessage() : failure.getMessage();
            throw new StoreException((current == null ? store.dir() : current) + ": " + what
                    + " (nothing was loaded; the store is empty as before)", failure);
        }
        deleteMarker(marker);
        LoadReport report = report();
        listener.committed(report, bytesTotal, bytesTotal);
        LOG.info("bulk-loaded {} graphs, {} quads into {}", report.graphs(), quads, store.dir());
        return report;
    }

    private LoadReport report() {
        return new LoadReport(graphs.size(), quads, 1);
    }

    private void parse(Path f, StreamRDF loader) throws IOException {
        Node fileGraph = Tdb2Store.fileGraph(f);
        try (InputStream in = new CountingInput(Files.newInputStream(f), bytesRead)) {
            RDFParser.source(in).lang(QueryRunner.langOf(f.toString())).base(f.toUri().toString())
                    .errorHandler(ParseErrors.HANDLER).parse(new Counting(loader, fileGraph));
        }
    }

    /** Sends triples outside any graph to the file's graph, counts, and reports progress. */
    private final class Counting extends StreamRDFWrapper {
        private final Node fileGraph;
        private Node last;

        Counting(StreamRDF loader, Node fileGraph) {
            super(loader);
            this.fileGraph = fileGraph;
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(fileGraph, t));
        }

        @Override
        public void quad(Quad q) {
            Quad out = q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q;
            Node g = out.getGraph();
            if (!g.equals(last)) {
                last = g;
                if (!g.equals(Tdb2Store.ENTITIES)) {
                    graphs.add(g);
                }
            }
            super.quad(out);
            if (++quads % PROGRESS_EVERY == 0) {
                listener.committed(report(), bytesRead.get(), bytesTotal);
            }
        }
    }

    /** Takes a store left by an interrupted bulk load back to empty; true when there was one. */
    static boolean discardInterrupted(Path dir) throws StoreException {
        Path marker = dir.resolve(MARKER);
        if (!Files.exists(marker)) {
            return false;
        }
        deleteDatabaseFiles(dir);
        deleteMarker(marker);
        return true;
    }

    /** Deletes TDB2's files (its {@code Data-NNNN} folders and lock) and the article manifest. */
    static void deleteDatabaseFiles(Path dir) throws StoreException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith("Data-") || name.equals("tdb.lock") || name.equals(ArticleSync.MANIFEST)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot empty the store after an incomplete bulk load: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path q : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(q);
                }
            }
        } else {
            Files.deleteIfExists(p);
        }
    }

    private static void writeMarker(Path marker) throws StoreException {
        try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.UTF_8.encode(
                    "A bulk load into this empty store has not finished. The next open empties the store.\n"));
            ch.force(true);
        } catch (IOException e) {
            throw new StoreException(marker + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static void deleteMarker(Path marker) throws StoreException {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new StoreException(marker + ": cannot delete: " + e.getMessage(), e);
        }
    }
}
