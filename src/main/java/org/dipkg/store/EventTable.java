package org.dipkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The event table: one row per meeting, statement, demand and position of a dataset,
 * in the spirit of GDELT's event table, as RFC 4180 CSV in UTF-8 with a header row.
 * The columns are {@link #COLUMNS}, always in this order; rows go by article, then
 * meetings, statements, demands and positions, each in the article's order.
 *
 * <pre>
 *   long rows = EventTable.write(store.dataset(), out);
 * </pre>
 */
public final class EventTable {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("event", "event_type", "date", "published",
            "actor1", "actor1_kind", "actor1_country", "actor1_wikidata",
            "actor2", "actor2_kind", "actor2_country", "actor2_wikidata", "other_actors",
            "cameo_code", "cameo_label", "plover_type", "place", "place_wikidata", "planned",
            "article_id", "article_url", "evidence");

    private EventTable() {
    }

    /**
     * Writes the table of a dataset: a store (its named graphs) or files read with
     * {@link DataFiles} (their default graph); returns the number of rows.
     */
    public static long write(Dataset dataset, OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            Model data = ModelFactory.createUnion(dataset.getDefaultModel(), dataset.getUnionModel());
            EventRows rows = new EventRows(data);
            List<Resource> events = new ArrayList<>();
            for (EventRows.Type type : EventRows.Type.values()) {
                data.listSubjectsWithProperty(RDF.type, data.createResource(type.iri())).forEachRemaining(events::add);
            }
            events.sort(Comparator.comparing(rows::sortKey));
            try {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                CsvWriter csv = new CsvWriter(w);
                csv.row(COLUMNS);
                for (Resource e : events) {
                    csv.row(rows.row(e));
                }
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return (long) events.size();
        });
    }
}
