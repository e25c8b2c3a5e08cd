package org.dipkg.serve;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The test data: two article graphs ({@code fixture.trig}), a meeting in each,
 * with participants whose posts belong to countries linked to Wikidata, and
 * evidence sentences; plus named queries over it and a small stand-in ontology
 * for unit tests of the ontology page. A third article ({@code pictures.trig})
 * gives the timeline, the network and the entity pages more to show.
 */
final class Fixture {
    static final String DATA = "org/dipkg/serve/fixture.trig";
    /** A third article for the pictures: more meetings, a statement, a demand, a position. */
    static final String PICTURES = "org/dipkg/serve/pictures.trig";
    static final String ONTOLOGY = "org/dipkg/serve/ontology.ttl";
    static final String QUERIES = "org/dipkg/serve/queries";

    static final String ID = "https://w3id.org/dipkg/id/";
    static final String GRAPH_BEIJING = "https://w3id.org/dipkg/graph/2024-04-26-beijing-talks";
    static final String GRAPH_PARIS = "https://w3id.org/dipkg/graph/2024-06-04-paris-talks";
    static final String MEETING_BEIJING = ID + "meeting/2024-04-26-beijing-talks-1";
    static final String MEETING_PARIS = ID + "meeting/2024-06-04-paris-talks-1";
    static final String BLINKEN = ID + "person/antony-blinken";
    static final String PREFIXES = """
            PREFIX dip:  <https://w3id.org/dipkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
            """;

    private Fixture() {
    }

    /** A TDB2 dataset in {@code dir} holding the two article graphs. */
    static Dataset tdb2(Path dir) {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, DATA));
        return dataset;
    }

    /** A TDB2 dataset in {@code dir} holding the two article graphs and the third of {@link #PICTURES}. */
    static Dataset withPictures(Path dir) {
        Dataset dataset = tdb2(dir);
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, PICTURES));
        return dataset;
    }

    /** The same data in memory, for unit tests. */
    static Dataset memory() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFDataMgr.read(dataset, DATA);
        return dataset;
    }

    /** A server on a free port over {@code dataset}, with the project's ontology and the test queries. */
    static DipkgServer.Builder server(Dataset dataset) {
        return DipkgServer.create().dataset(dataset).port(0).queries(QUERIES);
    }
}
