package org.dipkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks graphs against the SHACL shapes shipped with the ontology
 * ({@code ontology/shapes.ttl}).
 *
 * <pre>
 *   List&lt;String&gt; problems = ShapeValidator.get().check(graph);
 * </pre>
 */
public final class ShapeValidator {
    private static final String SHAPES = "org/dipkg/ontology/shapes.ttl";
    private static volatile ShapeValidator instance;

    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShapeValidator get() {
        if (instance == null) {
            synchronized (ShapeValidator.class) {
                if (instance == null) {
                    instance = new ShapeValidator(Shapes.parse(load()));
                }
            }
        }
        return instance;
    }

    private static Graph load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeValidator.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("SHACL shapes not on the classpath: " + SHAPES);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** The violations in a graph, one readable line each; empty when it conforms. */
    public List<String> check(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message());
        }
        return out;
    }
}
