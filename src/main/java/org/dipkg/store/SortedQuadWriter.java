package org.dipkg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds a batch of quads to a TDB2 store within the caller's write transaction, one index
 * at a time and each in its own key order: the nodes get their ids first, then every
 * quad index takes the whole batch sorted, so its B+tree is walked once from left to
 * right instead of at random. The store ends as after adding the quads one by one.
 */
final class SortedQuadWriter {
    private SortedQuadWriter() {
    }

    static void add(DatasetGraph dataset, List<Quad> quads) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        List<Tuple<NodeId>> tuples = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            tuples.add(TupleFactory.create4(nodes.getAllocateNodeId(q.getGraph()),
                    nodes.getAllocateNodeId(q.getSubject()), nodes.getAllocateNodeId(q.getPredicate()),
                    nodes.getAllocateNodeId(q.getObject())));
        }
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            if (index instanceof TupleIndexRecord r) {
                RangeIndex range = r.getRangeIndex();
                Record[] records = new Record[tuples.size()];
                for (int i = 0; i < records.length; i++) {
                    records[i] = TupleLib.record(range.getRecordFactory(), tuples.get(i), index.getMapping());
                }
                Arrays.sort(records, Record::compareByKey);
                for (Record rec : records) {
                    range.insert(rec);
                }
            } else {
                index.addAll(tuples);
            }
        }
    }
}
