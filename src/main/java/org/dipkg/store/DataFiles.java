package org.dipkg.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * RDF files read into an in-memory dataset, for querying without a store: named graphs
 * are kept, and the default graph is their union plus any triples outside graphs.
 */
public final class DataFiles {
    static {
        JsonLdContexts.refuseLoading();
    }

    private DataFiles() {
    }

    public static Dataset read(List<Path> files) throws StoreException {
        Dataset ds = DatasetFactory.createTxnMem();
        DatasetGraph g = ds.asDatasetGraph();
        for (Path f : files) {
            try {
                ds.executeWrite(() -> RDFParser.source(f).errorHandler(ParseErrors.HANDLER).parse(g));
            } catch (RiotException e) {
                throw new StoreException(f + ": " + e.getMessage());
            } catch (org.apache.jena.atlas.RuntimeIOException e) {
                throw new StoreException(f + ": cannot read: " + e.getMessage());
            }
        }
        ds.executeWrite(() -> {
            Iterator<Quad> it = g.find(null, null, null, null);
            List<Quad> named = new java.util.ArrayList<>();
            it.forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    named.add(q);
                }
            });
            named.forEach(q -> g.getDefaultGraph().add(q.asTriple()));
        });
        return ds;
    }
}
