package org.dipkg.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.base.file.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dipkg.rdf.DIP;
import org.dipkg.rdf.Iris;

/**
 * The TDB2 store: one named graph per article, and the entities graph that describes
 * actors, places and posts for all of them. Loading an article again replaces its
 * graph; what it says of entities is added to the entities graph. A small load is one
 * transaction, so a file that fails to parse, or a process killed mid-way, leaves the
 * store as it was; a large N-Quads or TriG load streams: into an empty store through
 * TDB2's bulk loader (all or nothing), otherwise in batches of whole graphs, one
 * transaction each.
 *
 * <pre>
 *   try (Tdb2Store store = Tdb2Store.open(Path.of("store"))) { store.load(files); }
 * </pre>
 */
public final class Tdb2Store implements AutoCloseable {
    static {
        JsonLdContexts.refuseLoading();
    }

    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);
    private static final Node ARTICLE = NodeFactory.createURI(DIP.ARTICLE.stringValue());
    private static final Node ARTICLE_ID = NodeFactory.createURI(DIP.ARTICLE_ID.stringValue());
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    /** The graph shared by all articles: a load adds to it, never replaces it. */
    static final Node ENTITIES = NodeFactory.createURI(Iris.entitiesGraph().stringValue());

    private final Path dir;
    private Dataset dataset;

    private Tdb2Store(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens (or creates) the store in a folder. */
    public static Tdb2Store open(Path dir) throws StoreException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + ": is a file, not a store folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException(dir + ": cannot create the store folder: " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException(dir + ": the store folder is not writable");
        }
        if (BulkLoad.discardInterrupted(dir)) {
            LOG.warn("{}: a bulk load into this empty store was interrupted; the store is empty again", dir);
        }
        try {
            return new Tdb2Store(dir, TDB2Factory.connectDataset(Location.create(dir)));
        } catch (TDBException e) {
            throw new StoreException(dir + ": cannot open the store (" + e.getMessage()
                    + "); is another dipkg process using it?", e);
        }
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path dir() {
        return dir;
    }

    /** Loads RDF files with the {@link LoadSettings#DEFAULTS default settings}, reporting nothing on the way. */
    public LoadReport load(List<Path> files) throws StoreException {
        return load(files, LoadSettings.DEFAULTS, LoadListener.NONE);
    }

    /**
     * Loads RDF files, each article into its own named graph, replacing what the store
     * held for those graphs. A small input (or one not in N-Quads or TriG) is parsed whole
     * before anything is written and then written in one transaction, so a file that fails
     * leaves the store as it was. A large N-Quads or TriG input streams, so memory stays
     * flat whatever its size: into an empty store through TDB2's bulk loader (all or
     * nothing, see {@link BulkLoad}), into a store that holds data in batches of whole
     * graphs, one transaction each.
     */
    public LoadReport load(List<Path> files, LoadSettings settings, LoadListener listener) throws StoreException {
        long bytes = 0;
        boolean graphFormats = true;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new StoreException(f + ": no such file");
            }
            try {
                bytes += Files.size(f);
            } catch (java.io.IOException e) {
                throw new StoreException(f + ": cannot read: " + e.getMessage(), e);
            }
            graphFormats &= StreamingLoad.isGraphFormat(f);
        }
        if (graphFormats && bytes > settings.streamAboveBytes()) {
            if (settings.bulkIntoEmpty() && isEmpty()) {
                return new BulkLoad(this, listener).run(files, bytes);
            }
            return new StreamingLoad(this, settings.batchQuads(), listener).run(files);
        }
        DatasetGraph staged = DatasetFactory.createGeneral().asDatasetGraph();
        for (Path f : files) {
            stage(f, staged);
        }
        Map<String, Long> counts = commit(staged);
        long graphs = counts.keySet().stream().filter(g -> !g.equals(ENTITIES.getURI())).count();
        LoadReport report = new LoadReport((int) graphs, counts.values().stream().mapToLong(Long::longValue).sum(), 1);
        listener.committed(report, bytes, bytes);
        return report;
    }

    private boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
    }

    /** Empties the store by deleting its database files; only for a store that held nothing. */
    void discardAll() throws StoreException {
        TDBInternal.expel(dataset.asDatasetGraph());
        BulkLoad.deleteDatabaseFiles(dir);
        dataset = TDB2Factory.connectDataset(Location.create(dir));
    }

    /** Writes quads in one transaction, first emptying the graphs named in {@code replace}. */
    void write(List<Quad> quads, java.util.Set<Node> replace, String whatIfFailed) throws StoreException {
        try {
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                for (Node g : replace) {
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                }
                for (Quad q : quads) {
                    dsg.add(q);
                }
            });
        } catch (TDBException | org.apache.jena.dboe.transaction.txn.TransactionException e) {
            throw new StoreException(dir + ": a batch was rolled back: " + e.getMessage() + "; " + whatIfFailed, e);
        }
    }

    /**
     * Replaces graphs from an in-memory dataset in one write transaction; the entities
     * graph is added to, not replaced.
     */
    public Map<String, Long> commit(DatasetGraph staged) throws StoreException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Node> graphs = new ArrayList<>();
        staged.listGraphNodes().forEachRemaining(graphs::add);
        try {
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                for (Node g : graphs) {
                    if (!g.equals(ENTITIES)) {
                        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    }
                    long n = 0;
                    var it = staged.find(g, Node.ANY, Node.ANY, Node.ANY);
                    while (it.hasNext()) {
                        dsg.add(it.next());
                        n++;
                    }
                    counts.put(g.getURI(), n);
                }
            });
        } catch (TDBException | org.apache.jena.dboe.transaction.txn.TransactionException e) {
            throw new StoreException(dir + ": the load was rolled back: " + e.getMessage(), e);
        }
        LOG.info("loaded {} graphs into {}", counts.size(), dir);
        return counts;
    }

    /** Parses a file into named graphs; triples go to the graph of the one article they describe. */
    static void stage(Path f, DatasetGraph staged) throws StoreException {
        if (!Files.isRegularFile(f)) {
            throw new StoreException(f + ": no such file");
        }
        Lang lang = QueryRunner.langOf(f.toString());
        DatasetGraph parsed = DatasetFactory.createGeneral().asDatasetGraph();
        try {
            org.apache.jena.riot.RDFParser.source(f).lang(lang).errorHandler(ParseErrors.HANDLER).parse(parsed);
        } catch (RiotException e) {
            throw new StoreException(f + ": " + e.getMessage() + " (nothing was loaded)", e);
        }
        Node defaultTarget = graphForTriples(parsed, f);
        parsed.find().forEachRemaining(q -> staged.add(q.isDefaultGraph()
                ? Quad.create(defaultTarget, q.asTriple()) : q));
    }

    private static Node graphForTriples(DatasetGraph parsed, Path f) {
        List<String> ids = new ArrayList<>();
        parsed.getDefaultGraph().find(Node.ANY, TYPE, ARTICLE).forEachRemaining(t ->
                parsed.getDefaultGraph().find(t.getSubject(), ARTICLE_ID, Node.ANY)
                        .forEachRemaining(x -> ids.add(x.getObject().getLiteralLexicalForm())));
        if (ids.size() == 1) {
            return NodeFactory.createURI(Iris.graph(ids.get(0)).stringValue());
        }
        return fileGraph(f);
    }

    /** The graph for triples of a file that names no one article: {@code .../graph/file/NAME}. */
    static Node fileGraph(Path f) {
        return NodeFactory.createURI(DIP.GRAPH + "file/" + Iris.slug(f.getFileName().toString()));
    }

    /** Writes the whole store (TriG or N-Quads) or one graph (any RDF format). */
    public void export(String graph, RDFFormat format, OutputStream out) throws StoreException {
        Txn.executeRead(dataset, () -> {
            if (graph == null) {
                RDFDataMgr.write(out, dataset.asDatasetGraph(), format);
            } else {
                RDFDataMgr.write(out, dataset.getNamedModel(graph), format);
            }
        });
    }

    /** The named graphs in the store. */
    public List<String> graphs() {
        List<String> out = new ArrayList<>();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().listGraphNodes()
                .forEachRemaining(n -> out.add(n.getURI())));
        return out;
    }

    /** The quads of one graph. */
    public long size(Node graph) {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
