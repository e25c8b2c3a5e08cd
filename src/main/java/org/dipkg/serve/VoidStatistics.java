package org.dipkg.serve;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.dipkg.rdf.DIP;

/**
 * Counts for the VoID description, over the union of the named graphs: triples,
 * entities (distinct subjects in the {@code https://w3id.org/dipkg/id/} space),
 * classes and properties used, and the triples of each named graph.
 *
 * <pre>
 *   VoidStatistics stats = Txn.calculateRead(dsg, () -> VoidStatistics.of(dsg));
 * </pre>
 */
record VoidStatistics(long triples, long entities, long classes, long properties, Map<String, Long> graphs) {

    private static final String COUNTS = """
            SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?e) AS ?entities)
                   (COUNT(DISTINCT ?c) AS ?classes) (COUNT(DISTINCT ?p) AS ?properties)
            WHERE {
              ?s ?p ?o
              BIND(IF(isIRI(?s) && STRSTARTS(STR(?s), "%s"), ?s, ?unbound) AS ?e)
              BIND(IF(?p = <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>, ?o, ?unbound) AS ?c)
            }""".formatted(DIP.ID);

    private static final String GRAPHS = """
            SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g""";

    VoidStatistics {
        graphs = Map.copyOf(graphs);
    }

    /** Computes the counts; the caller holds a read transaction on {@code dsg}. */
    static VoidStatistics of(DatasetGraph dsg) {
        DatasetGraph union = DatasetGraphFactory.wrap(dsg.getUnionGraph());
        long[] counts = new long[4];
        String[] names = {"triples", "entities", "classes", "properties"};
        try (QueryExec exec = QueryExec.dataset(union).query(parse(COUNTS)).build()) {
            RowSet rows = exec.select();
            if (rows.hasNext()) {
                var row = rows.next();
                for (int i = 0; i < names.length; i++) {
                    counts[i] = ((Number) row.get(names[i]).getLiteralValue()).longValue();
                }
            }
        }
        Map<String, Long> graphs = new TreeMap<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(parse(GRAPHS)).build()) {
            exec.select().forEachRemaining(row -> graphs.put(row.get("g").getURI(),
                    ((Number) row.get("n").getLiteralValue()).longValue()));
        }
        return new VoidStatistics(counts[0], counts[1], counts[2], counts[3], graphs);
    }

    private static Query parse(String query) {
        return QueryFactory.create(query);
    }
}
