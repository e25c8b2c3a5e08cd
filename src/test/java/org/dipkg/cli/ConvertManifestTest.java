package org.dipkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert} over a folder of articles with a SOURCES.tsv above it: each listed article
 * has the manifest's headline, publication date and URL, and its relative dates are resolved
 * against that date; bad rows are warnings and every article still converts.
 */
class ConvertManifestTest {
    private static final String PREFIXES = "PREFIX dip: <https://w3id.org/dipkg/ontology#> ";

    @Test
    void articlesTakeTheirDatesAndUrlsFromTheManifest(@TempDir Path tmp) throws Exception {
        Path articles = Files.createDirectory(tmp.resolve("articles"));
        Files.writeString(articles.resolve("001-geneva.txt"), "Foreign ministers meet in Geneva\n\n"
                + "Foreign Minister Ana Ruiz of Peru met Foreign Minister Tomas Berg of Sweden in Geneva on Monday, "
                + "the ministry said.\n");
        Files.writeString(articles.resolve("001-geneva.gold.json"), "{\"article\": \"001-geneva.txt\"}");
        Files.writeString(articles.resolve("002-arrival.txt"), "Arrival\n\nThe delegation arrived.\n");
        Path manifest = Files.writeString(tmp.resolve("SOURCES.tsv"), "file\ttitle\toutlet\turl\tpublication_date\n"
                + "001-geneva.txt\tPeru and Sweden meet in Geneva\tA ministry\thttps://example.org/geneva\t2023-05-10\n"
                + "002-arrival.txt\tThe delegation arrives\tA ministry\thttps://example.org/arrival\t2023-13-01\n");
        Path out = tmp.resolve("out.trig");

        Cli r = Cli.run("convert", articles.toString(), "-o", out.toString(), "--threads", "1");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("dipkg: warning: " + manifest + ":3: publication_date: '2023-13-01' is not a "
                + "date: there is no month 13").doesNotContain("gold.json");
        Dataset d = RDFDataMgr.loadDataset(out.toString());
        assertThat(rows(d, "SELECT ?id ?headline ?url ?published ?source { GRAPH ?g { ?a a dip:Article ; "
                + "dip:articleId ?id ; dip:headline ?headline ; dip:sourceUrl ?url ; dip:publishedDateSource ?s "
                + "OPTIONAL { ?a dip:published ?published } BIND(STRAFTER(STR(?s), '#') AS ?source) } } ORDER BY ?id"))
                .containsExactly(
                        "001-geneva|Peru and Sweden meet in Geneva|https://example.org/geneva|2023-05-10|DateGiven",
                        "002-arrival|The delegation arrives|https://example.org/arrival|-|DateUnknown");
        assertThat(rows(d, "SELECT ?date { GRAPH ?g { ?m a dip:Meeting ; dip:date ?date } }"))
                .as("'on Monday' before Wednesday 10 May 2023").containsExactly("2023-05-08");
    }

    /** The rows of a SELECT, each as its values (lexical forms) joined by '|', '-' for none. */
    private static List<String> rows(Dataset d, String select) {
        try (QueryExecution q = QueryExecution.dataset(d).query(PREFIXES + select).build()) {
            ResultSet rs = q.execSelect();
            List<String> out = new ArrayList<>();
            rs.forEachRemaining(s -> out.add(String.join("|", rs.getResultVars().stream()
                    .map(v -> s.contains(v) ? text(s.get(v)) : "-").toList())));
            return out;
        }
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
