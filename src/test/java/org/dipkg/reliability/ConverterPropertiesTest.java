package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;

import org.dipkg.ingest.InputException;
import org.dipkg.ingest.Item;
import org.dipkg.ingest.JsonLinesArticles;
import org.dipkg.ingest.TextArticles;
import org.dipkg.ingest.TextDecoder;
import org.dipkg.model.Article;
import org.dipkg.rdf.ArticleConverter;
import org.dipkg.store.JenaQuads;
import org.dipkg.store.ShapeValidator;

/**
 * The converter on random and mutated articles (sentences of real articles shuffled,
 * random Unicode inserted, quotation marks dropped, the text cut short): it never throws,
 * and what it makes always meets the SHACL shapes, with every evidence span inside the text.
 * Reading input never fails with anything but a message.
 */
class ConverterPropertiesTest {
    static final ArticleConverter CONVERTER = ArticleConverter.create().build();
    static final List<String> ARTICLES = Articles.files().stream().map(Articles::text).toList();
    static final Node START = NodeFactory.createURI("http://www.w3.org/ns/oa#start");
    static final Node END = NodeFactory.createURI("http://www.w3.org/ns/oa#end");

    @Property(tries = 100)
    void mutatedArticlesConvertToConformingGraphs(@ForAll("mutated") String text) {
        Article article = new Article("mutated", firstLine(text), text, Optional.empty(), Optional.empty(), "test");
        Graph graph = convert(article);
        assertThat(ShapeValidator.get().check(graph)).as(text).isEmpty();
        assertEvidenceInside(graph, text.length());
        Statistics.collect(graph.size() > 40 ? "facts found" : "article only");
    }

    @Property(tries = 60)
    void randomTextThroughTheReaderConvertsOrIsRefused(@ForAll("noise") String text) {
        Item item;
        try {
            String decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "noise.txt");
            item = TextArticles.parse("noise", decoded, Optional.empty(), Optional.empty(), "noise.txt");
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("noise.txt");
            Statistics.collect("refused");
            return;
        }
        Article article = item.article().orElseThrow();
        Graph graph = convert(article);
        assertThat(ShapeValidator.get().check(graph)).isEmpty();
        assertEvidenceInside(graph, article.text().length());
        Statistics.collect("converted");
    }

    @Property(tries = 300)
    void anyBytesDecodeToCleanTextOrAreRefused(@ForAll @Size(max = 300) byte[] bytes) {
        try {
            String text = TextDecoder.decode(bytes, "bytes.txt");
            assertThat(text.chars()).noneMatch(c -> c < 0x20 && c != '\n' && c != '\t');
            assertThat(text).doesNotContain("\r");
            Statistics.collect("decoded");
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("bytes.txt");
            Statistics.collect("refused");
        }
    }

    @Property(tries = 300)
    void anyCorpusLineParsesOrIsRefusedByLine(@ForAll("jsonish") String line) {
        try {
            Item item = JsonLinesArticles.parse(line, Optional.empty(), "c.jsonl:7");
            assertThat(item.article()).isPresent();
            Statistics.collect("article");
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("c.jsonl:7: ");
            Statistics.collect("refused");
        }
    }

    private static Graph convert(Article article) {
        Model model = CONVERTER.convert(article);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        JenaQuads.addTo(model, dsg);
        return dsg.getUnionGraph();
    }

    private static void assertEvidenceInside(Graph graph, int length) {
        graph.find(Node.ANY, END, Node.ANY).forEachRemaining(t -> {
            int end = Integer.parseInt(t.getObject().getLiteralLexicalForm());
            int start = Integer.parseInt(graph.find(t.getSubject(), START, Node.ANY).next().getObject()
                    .getLiteralLexicalForm());
            assertThat(start).isBetween(0, end);
            assertThat(end).isLessThanOrEqualTo(length);
        });
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 200 ? "" : line.strip();
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> article = Arbitraries.of(ARTICLES);
        Arbitrary<Random> random = Arbitraries.randoms();
        Arbitrary<List<String>> inserts = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12).list()
                .ofMaxSize(6);
        Arbitrary<Integer> mutations = Arbitraries.integers().between(1, 15);
        return Combinators.combine(article, random, inserts, mutations).as(ConverterPropertiesTest::mutate)
                .filter(s -> !s.isBlank());
    }

    /** Applies the mutations chosen by the bits of {@code which}. */
    static String mutate(String text, Random random, List<String> inserts, int which) {
        String t = text;
        if ((which & 1) != 0) {
            List<String> sentences = new ArrayList<>(List.of(t.split("(?<=[.!?\"])\\s+")));
            Collections.shuffle(sentences, random);
            t = String.join(random.nextBoolean() ? " " : "\n\n", sentences);
        }
        if ((which & 2) != 0) {
            StringBuilder b = new StringBuilder(t);
            for (String s : inserts) {
                b.insert(random.nextInt(b.length() + 1), s);
            }
            t = b.toString();
        }
        if ((which & 4) != 0) {
            t = random.nextBoolean() ? t.replaceAll("[\"\u201c\u201d]", "") : t.replaceFirst("\"", "");
        }
        if ((which & 8) != 0) {
            t = t.substring(0, random.nextInt(t.length() + 1));
        }
        return t;
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(400),
                Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t', '\r', '\u201c', '\u201d', '\u00e9')
                        .ofMaxLength(600),
                mutated());
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> pieces = Arbitraries.of("{", "}", "[", "]", "\"", ":", ",", " ", "\\", "\\u00e9", "\\ud800",
                "\"id\"", "\"text\"", "\"published\"", "\"2022-02-30\"", "\"a\"", "1", "-0.5e3", "null", "true",
                "\u0001", "\u00e9", "<p>");
        Arbitrary<String> shaped = pieces.list().ofMaxSize(30).map(l -> String.join("", l));
        Arbitrary<String> valid = Arbitraries.strings().all().ofMaxLength(40).map(s ->
                "{\"id\": \"x\", \"text\": \"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        return Arbitraries.oneOf(shaped, valid, Arbitraries.strings().all().ofMaxLength(60));
    }
}
