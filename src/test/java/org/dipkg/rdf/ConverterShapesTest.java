package org.dipkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import org.dipkg.ingest.ArticleInputs;
import org.dipkg.ingest.Item;
import org.dipkg.store.ShapeValidator;

/** All converter output conforms to the SHACL shapes in ontology/. */
class ConverterShapesTest {
    private static final ArticleConverter CONVERTER = ArticleConverter.create().version("test").build();

    @Test
    void outputOfEveryBundledArticleConforms() {
        int n = 0;
        for (Item item : ArticleInputs.create().paths(List.of(Path.of("data", "articles"),
                Path.of("src", "test", "resources", "org", "dipkg", "articles"))).published(Optional.empty()).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (RdfOutput rdf = RdfOutput.open(out, OutputFormat.NT)) {
                rdf.write(CONVERTER.convert(item.article().orElseThrow()));
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NTRIPLES).parse(g);
            assertThat(ShapeValidator.get().check(g)).as(item.origin()).isEmpty();
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(3);
    }
}
