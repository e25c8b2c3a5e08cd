package org.dipkg.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * A link of ARQ's SERVICE executor chains that refuses every call outside a
 * {@link ServiceAllowList} with a {@link QueryDeniedException} naming the URL, and
 * hands the others on down the chain. In the bulk chain it checks a constant
 * service IRI; in the per-binding chain it checks the IRI after substitution, so
 * {@code SERVICE ?endpoint} is covered too.
 */
final class AllowListServiceExecutor implements ChainingServiceExecutor, ChainingServiceExecutorBulk {

    private final ServiceAllowList allowList;

    AllowListServiceExecutor(ServiceAllowList allowList) {
        this.allowList = allowList;
    }

    @Override
    public QueryIterator createExecution(OpService opService, QueryIterator input, ExecutionContext execCxt,
            ServiceExecutorBulk chain) {
        Node service = opService.getService();
        if (service.isURI()) {
            check(service);
        }
        return chain.createExecution(opService, input, execCxt);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        check(opExecute.getService());
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }

    private void check(Node service) {
        String url = service.isURI() ? service.getURI() : String.valueOf(service);
        if (!service.isURI() || !allowList.allows(url)) {
            throw new QueryDeniedException(allowList.refusal(url));
        }
    }
}
