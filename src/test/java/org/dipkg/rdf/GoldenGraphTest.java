package org.dipkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

import org.dipkg.ingest.ArticleInputs;
import org.dipkg.ingest.Item;

/**
 * The Turtle beside each article in data/articles is what convert writes for it. Run with
 * {@code -Ddipkg.golden.update=true} to rewrite the files after a deliberate change.
 */
class GoldenGraphTest {
    private static final Path ARTICLES = Path.of("data", "articles");
    private static final ArticleConverter CONVERTER = ArticleConverter.create().version("test").build();

    static String turtle(Item item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RdfOutput rdf = RdfOutput.open(out, OutputFormat.TURTLE)) {
            rdf.write(CONVERTER.convert(item.article().orElseThrow()));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyArticleMatchesItsGoldenGraph() throws IOException {
        List<Item> items = new ArrayList<>();
        ArticleInputs.create().paths(List.of(ARTICLES)).published(Optional.empty()).build().forEach(items::add);
        assertThat(items).isNotEmpty();
        boolean update = Boolean.getBoolean("dipkg.golden.update");
        List<String> stale = new ArrayList<>();
        for (Item item : items) {
            String actual = turtle(item);
            Path golden = ARTICLES.resolve(ArticleInputs.idOf(Path.of(item.origin())) + ".ttl");
            if (update) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                continue;
            }
            if (!Files.exists(golden)) {
                stale.add(golden + ": missing; run the tests with -Ddipkg.golden.update=true");
                continue;
            }
            String diff = diff(parse(Files.readString(golden)), parse(actual));
            if (!diff.isEmpty()) {
                stale.add(golden + " is stale (run with -Ddipkg.golden.update=true after checking):\n" + diff);
            }
        }
        if (!stale.isEmpty()) {
            fail(String.join("\n", stale));
        }
    }

    @Test
    void conversionIsDeterministic() {
        Item item = ArticleInputs.create().paths(List.of(ARTICLES)).published(Optional.empty()).build()
                .iterator().next();
        assertThat(turtle(item)).isEqualTo(turtle(item));
    }

    private static Model parse(String turtle) throws IOException {
        return Rio.parse(new StringReader(turtle), "", RDFFormat.TURTLE);
    }

    static String diff(Model expected, Model actual) {
        if (Models.isomorphic(expected, actual)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (Statement s : expected) {
            if (!actual.contains(s) && shown++ < 20) {
                b.append("  missing:    ").append(s).append('\n');
            }
        }
        shown = 0;
        for (Statement s : actual) {
            if (!expected.contains(s) && shown++ < 20) {
                b.append("  unexpected: ").append(s).append('\n');
            }
        }
        return b.toString();
    }
}
