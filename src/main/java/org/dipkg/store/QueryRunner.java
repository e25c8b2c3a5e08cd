package org.dipkg.store;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a SPARQL query over a dataset whose default graph is the union of its article
 * graphs, and writes the result: SELECT and ASK as a table or in the SPARQL 1.1 result
 * formats (csv, tsv, json, xml); CONSTRUCT and DESCRIBE as Turtle or JSON-LD.
 */
public final class QueryRunner {
    private QueryRunner() {
    }

    /** Result formats, by the name users give them. */
    public enum Format { TABLE, CSV, TSV, JSON, XML, TURTLE, JSONLD }

    public static Format format(String name) {
        return Format.valueOf(name.toUpperCase(Locale.ROOT));
    }

    public static void run(Dataset dataset, String sparql, Format format, OutputStream out) {
        Query query = QueryFactory.create(sparql);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(dataset)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                write(query, qe, format, out);
            }
        });
    }

    /** Runs the query at a SPARQL endpoint (a running {@code serve} of the store) and writes its result alike. */
    public static void runAt(String endpoint, String sparql, Format format, OutputStream out) {
        Query query = QueryFactory.create(sparql);
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            write(query, qe, format, out);
        }
    }

    private static void write(Query query, QueryExecution qe, Format format, OutputStream out) {
        if (query.isSelectType()) {
            write(qe.execSelect(), format, out);
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case CSV -> ResultSetMgr.write(out, b, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, b, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
                case XML -> ResultSetMgr.write(out, b, ResultSetLang.RS_XML);
                default -> ResultSetFormatter.out(out, b);
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, m, format == Format.JSONLD ? RDFFormat.JSONLD11 : RDFFormat.TURTLE_PRETTY);
        }
    }

    private static void write(ResultSet rs, Format format, OutputStream out) {
        switch (format) {
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
            case TURTLE, JSONLD -> throw new IllegalArgumentException(
                    "a SELECT result cannot be written as " + format.name().toLowerCase(Locale.ROOT)
                            + "; use table, csv, tsv, json or xml");
            default -> ResultSetFormatter.out(out, rs);
        }
    }

    /** Lang of an RDF file by its name, for reading. */
    public static Lang langOf(String file) {
        Lang l = org.apache.jena.riot.RDFLanguages.filenameToLang(file);
        return l == null ? Lang.TURTLE : l;
    }
}
