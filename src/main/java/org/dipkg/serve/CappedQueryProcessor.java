package org.dipkg.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The SPARQL Protocol query operation of the endpoint, as Fuseki's, with regular
 * expressions that stop at the query's deadline ({@link DeadlineRegexTransform}), a cap on
 * SELECT rows and the Service Description answered to a GET without a query.
 * SELECT rows are read up to the cap before the response starts, so a timeout or
 * a refused SERVICE during evaluation still gets an error status. Every SELECT
 * response carries {@value #CAP_HEADER} and {@value #TRUNCATED_HEADER}.
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {
    static final String TRUNCATED_HEADER = "X-Dipkg-Result-Truncated";
    static final String CAP_HEADER = "X-Dipkg-Result-Cap";

    private final int maxRows;
    private final String base;
    private final boolean federated;

    /** @param base the public base, or null for the server's own address */
    CappedQueryProcessor(int maxRows, String base, boolean federated) {
        this.maxRows = maxRows;
        this.base = base;
        this.federated = federated;
    }

    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestQueryString() == null) {
            describe(action);
        } else {
            super.execGet(action);
        }
    }

    private void describe(HttpAction action) {
        List<String> graphs;
        action.beginRead();
        try {
            graphs = Iter.toList(Iter.map(action.getActiveDSG().listGraphNodes(), Node::getURI));
        } finally {
            action.endRead();
        }
        graphs.sort(null);
        ServedIris iris = HttpIO.iris(base, action.getRequest());
        Optional<RdfFormat> format = HttpIO.chooseRdf(action.getRequest(), false);
        try {
            HttpIO.rdf(action.getResponse(), ServiceDescription.describe(iris, graphs, federated),
                    format.orElse(RdfFormat.TURTLE));
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
        ServletOps.success(action);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query capped = DeadlineRegexTransform.apply(query);
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxRows + 1L)) {
            capped.setLimit(maxRows + 1L);
        }
        QueryExec exec = super.createQueryExec(action, capped, dataset);
        QueryDeadline.attach(exec);
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
            String queryStringLog) {
        if (!requestQuery.isSelectType()) {
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        }
        RowSet rowSet = queryExec.select();
        List<Binding> rows = new ArrayList<>();
        while (rows.size() < maxRows && rowSet.hasNext()) {
            rows.add(rowSet.next());
        }
        boolean truncated = rowSet.hasNext();
        action.setResponseHeader(CAP_HEADER, Integer.toString(maxRows));
        action.setResponseHeader(TRUNCATED_HEADER, Boolean.toString(truncated));
        return new QueryExecResult(RowSetStream.create(rowSet.getResultVars(), rows.iterator()));
    }
}
