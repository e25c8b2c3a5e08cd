package org.dipkg.accuracy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;

import org.dipkg.store.JenaQuads;
import org.dipkg.store.QueryRunner;

/**
 * The six contract queries ({@code queries/actors.rq} ...), run over one converted article
 * the way {@code dipkg query --data FILE --format csv} runs them: the article's graphs and
 * the entities graph in an in-memory dataset whose default graph is their union, the
 * results written as SPARQL CSV and read back as the scorer reads them.
 *
 * <pre>
 *   Map&lt;Category, List&lt;Row&gt;&gt; rows = ContractQueries.load(Path.of("queries")).run(model);
 * </pre>
 */
final class ContractQueries {
    private final Map<Category, String> sparql;

    private ContractQueries(Map<Category, String> sparql) {
        this.sparql = sparql;
    }

    static ContractQueries load(Path folder) throws IOException {
        Map<Category, String> q = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            q.put(c, Files.readString(folder.resolve(c.queryFile()), StandardCharsets.UTF_8));
        }
        return new ContractQueries(q);
    }

    Map<Category, List<Row>> run(Model model) {
        Dataset ds = dataset(model);
        Map<Category, List<Row>> out = new EnumMap<>(Category.class);
        sparql.forEach((c, query) -> {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            QueryRunner.run(ds, query, QueryRunner.Format.CSV, csv);
            out.put(c, Csv.rows(csv.toString(StandardCharsets.UTF_8)));
        });
        return out;
    }

    /** As {@code store.DataFiles} reads N-Quads: graphs kept, and their triples also in the default graph. */
    private static Dataset dataset(Model model) {
        Dataset ds = DatasetFactory.createTxnMem();
        DatasetGraph g = ds.asDatasetGraph();
        ds.executeWrite(() -> {
            JenaQuads.addTo(model, g);
            List<Quad> named = new ArrayList<>();
            g.find(null, null, null, null).forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    named.add(q);
                }
            });
            named.forEach(q -> g.getDefaultGraph().add(q.asTriple()));
        });
        return ds;
    }
}
