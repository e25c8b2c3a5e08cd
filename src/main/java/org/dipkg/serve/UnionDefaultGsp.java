package org.dipkg.serve;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Graph Store Protocol reads, as Fuseki's, except that {@code ?default} gives the
 * union of the named graphs, the same default graph SPARQL queries see. Without
 * parameters the whole dataset is returned (TriG by default); writes are refused.
 */
final class UnionDefaultGsp extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dsg = super.decideDataset(action);
        if (action.getRequestParameter(HttpNames.paramGraphDefault) != null) {
            return DatasetGraphFactory.wrap(dsg.getUnionGraph());
        }
        return dsg;
    }
}
