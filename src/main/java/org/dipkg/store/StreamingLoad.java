package org.dipkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * A large N-Quads or TriG input streamed into the store: parsed on a second thread,
 * cut into batches of whole graphs (a batch ends at a graph boundary once it holds
 * {@code batchQuads} quads), each batch written in one transaction. A graph seen for the
 * first time in this load replaces the store's graph of that name; a graph whose quads
 * come in several stretches gets them all. Quads of the entities graph belong to the
 * batch of the article graph before them and are added, never replacing. When the
 * input fails part way, the batches before are kept, the one being read is not.
 */
final class StreamingLoad {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingLoad.class);

    private final Tdb2Store store;
    private final int batchQuads;
    private final LoadListener listener;
    private final Set<Node> replaced = new HashSet<>();
    private final AtomicLong bytesRead = new AtomicLong();
    private long bytesTotal;
    private long quads;
    private int transactions;

    StreamingLoad(Tdb2Store store, int batchQuads, LoadListener listener) {
        this.store = store;
        this.batchQuads = batchQuads;
        this.listener = listener;
    }

    static boolean isGraphFormat(Path f) {
        Lang l = QueryRunner.langOf(f.toString());
        return l.equals(Lang.NQUADS) || l.equals(Lang.TRIG);
    }

    LoadReport run(List<Path> files) throws StoreException {
        for (Path f : files) {
            try {
                bytesTotal += Files.size(f);
            } catch (IOException e) {
                throw new StoreException(f + ": cannot read: " + e.getMessage(), e);
            }
        }
        for (Path f : files) {
            file(f);
        }
        return report();
    }

    private LoadReport report() {
        return new LoadReport(replaced.size(), quads, transactions);
    }

    private void file(Path f) throws StoreException {
        Node fileGraph = Tdb2Store.fileGraph(f);
        List<Quad> batch = new ArrayList<>(batchQuads + 1024);
        IteratorCloseable<Quad> it = null;
        try (InputStream in = new CountingInput(Files.newInputStream(f), bytesRead)) {
            it = AsyncParser.of(org.apache.jena.riot.RDFParser.source(in).lang(QueryRunner.langOf(f.toString()))
                    .base(f.toUri().toString()).errorHandler(ParseErrors.HANDLER))
                    .setDaemonMode(true).asyncParseQuads();
            Node current = null;
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.isDefaultGraph()) {
                    q = Quad.create(fileGraph, q.asTriple());
                }
                if (!q.getGraph().equals(current) && !q.getGraph().equals(Tdb2Store.ENTITIES)) {
                    if (batch.size() >= batchQuads) {
                        commit(batch, f);
                        batch = new ArrayList<>(batchQuads + 1024);
                    }
                    current = q.getGraph();
                }
                batch.add(q);
            }
        } catch (RiotException e) {
            throw new StoreException(f + ": " + e.getMessage() + " (" + kept() + ")", e);
        } catch (IOException e) {
            throw new StoreException(f + ": cannot read: " + e.getMessage() + " (" + kept() + ")", e);
        } finally {
            if (it != null) {
                it.close();
            }
        }
        if (!batch.isEmpty()) {
            commit(batch, f);
        }
    }

    private String kept() {
        return transactions == 0 ? "nothing was loaded"
                : "the " + replaced.size() + " graphs loaded before were kept; the rest was not loaded";
    }

    private void commit(List<Quad> batch, Path f) throws StoreException {
        Set<Node> fresh = new HashSet<>();
        for (Quad q : batch) {
            if (!replaced.contains(q.getGraph()) && !q.getGraph().equals(Tdb2Store.ENTITIES)) {
                fresh.add(q.getGraph());
            }
        }
        store.write(batch, fresh, f + ": " + kept());
        replaced.addAll(fresh);
        quads += batch.size();
        transactions++;
        LOG.info("loaded a batch of {} graphs, {} quads ({} graphs, {} quads in all)", fresh.size(), batch.size(),
                replaced.size(), quads);
        listener.committed(report(), bytesRead.get(), bytesTotal);
    }
}
