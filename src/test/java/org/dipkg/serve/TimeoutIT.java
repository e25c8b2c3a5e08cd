package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runaway query is stopped at the timeout with an error status, and the server goes on answering. */
class TimeoutIT {
    static final int TRIPLES = 3000;

    @TempDir
    static Path dir;
    static DipkgServer server;
    static final Http http = new Http();

    @BeforeAll
    static void start() {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(dataset, () -> {
            Graph graph = dataset.asDatasetGraph().getGraph(NodeFactory.createURI("https://w3id.org/dipkg/graph/bulk"));
            Node p = NodeFactory.createURI("https://w3id.org/dipkg/ontology#itemIndex");
            for (int i = 0; i < TRIPLES; i++) {
                graph.add(NodeFactory.createURI("https://w3id.org/dipkg/id/item/" + i), p,
                        NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
            }
        });
        server = DipkgServer.create().dataset(dataset).port(0).timeout(Duration.ofSeconds(1)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** CPU time this JVM spends during one second of waiting. */
    static double cpuSecondsOverOneSecond() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (os.getProcessCpuTime() - before) / 1e9;
    }

    @Test
    void crossProductTimesOutThenTheServerStillAnswers() {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        HttpResponse<String> response = http.get(server.endpointUrl() + "?query=" + Http.encode(runaway),
                "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("timed out");
        assertThat(took).isLessThan(Duration.ofSeconds(15));
        assertThat(cpuSecondsOverOneSecond()).as("the stopped query no longer runs").isLessThan(0.5);

        HttpResponse<String> ask = http.get(server.endpointUrl() + "?query=" + Http.encode("ASK { ?s ?p ?o }"),
                "application/sparql-results+json");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("true");
    }
}
