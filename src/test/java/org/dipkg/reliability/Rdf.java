package org.dipkg.reliability;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Reading the converter's output back, and counting what it holds. */
final class Rdf {
    static final String DIP = "https://w3id.org/dipkg/ontology#";
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    private Rdf() {
    }

    static DatasetGraph read(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, file.toString());
        return dsg;
    }

    /** Instances of a dip: class, in any graph. */
    static long count(DatasetGraph dsg, String dipClass) {
        long[] n = {0};
        dsg.find(Node.ANY, Node.ANY, TYPE, NodeFactory.createURI(DIP + dipClass)).forEachRemaining(q -> n[0]++);
        return n[0];
    }

    /** The article graphs (all named graphs but the shared entities graph), by local name after .../graph/. */
    static java.util.List<String> graphs(DatasetGraph dsg) {
        java.util.List<String> out = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> out.add(g.getURI().replaceFirst(".*/graph/", "")));
        out.remove("shared/entities");
        java.util.Collections.sort(out);
        return out;
    }
}
