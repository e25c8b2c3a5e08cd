package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/** The test data is what the extractor would write: each article graph meets the project's SHACL shapes. */
class FixtureTest {

    @Test
    void eachArticleGraphConformsToTheShapes() {
        Graph shapes = RDFDataMgr.loadGraph("org/dipkg/ontology/shapes.ttl");
        DatasetGraph data = Fixture.memory().asDatasetGraph();
        RDFDataMgr.read(data, Fixture.PICTURES);
        assertThat(data.listGraphNodes()).toIterable().hasSize(3);
        data.listGraphNodes().forEachRemaining((Node graph) -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph(graph));
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertThat(report.conforms()).as(graph.getURI()).isTrue();
        });
    }
}
