package org.dipkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spark-convert} in Spark's local mode against {@code convert} on the same articles:
 * the shards hold the same quads, each article's graph whole in one shard, with a summary
 * beside each shard that names the articles that failed and why.
 */
class SparkConvertIT {
    @TempDir
    static Path tmp;

    static Path articles;
    static Cli converted;
    static Cli sharded;

    private static String line(String id, String published, String title, String text) {
        return "{\"id\":\"" + id + "\",\"published\":\"" + published + "\",\"title\":\"" + title
                + "\",\"url\":\"https://news.example.org/" + id + "\",\"text\":\"" + text + "\"}\n";
    }

    @BeforeAll
    static void convertBothWays() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        String corpus = line("lima-visit", "2024-04-08", "Minister visits Lima",
                "Hungarian Foreign Minister Lena Varga met Chilean Foreign Minister Tomas Reyes in Lima on Monday. "
                        + "\\\"We want more trade between our countries,\\\" Varga told reporters after the talks.")
                + "{\"id\": \"broken\", \"text\": \n"
                + line("accra-call", "2024-05-14", "Leaders speak by phone",
                "Ghanaian President Kofi Mensa spoke by phone with Norwegian Prime Minister Ida Solberg on Tuesday. "
                        + "Ghana called on Norway to send more aid to the region.")
                + line("lima-visit", "2024-04-09", "The same id again", "Nothing here is converted.")
                + line("geneva-plan", "2024-06-03", "Talks planned in Geneva",
                "Canadian Foreign Minister Mark Dunne will meet Japanese Foreign Minister Aiko Mori in Geneva "
                        + "next week, the ministry said. Canada supports the ceasefire proposal.");
        Files.writeString(articles.resolve("corpus.jsonl"), corpus, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("2024-07-01-rome-talks.txt"),
                "Italy and Kenya hold talks in Rome\n\nItalian Foreign Minister Paolo Lenti hosted Kenyan Foreign "
                        + "Minister Jane Wairimu in Rome on Monday. Lenti said Italy opposes the new tariffs.\n",
                StandardCharsets.UTF_8);
        converted = Cli.run("convert", articles.toString(), "-o", tmp.resolve("convert.nq").toString(),
                "--threads", "2");
        sharded = Cli.run("spark-convert", articles.toString(), "-o", tmp.resolve("shards").toString(),
                "--master", "local[2]", "--shards", "3");
    }

    @Test
    void shardsHoldTheQuadsThatConvertWrites() throws IOException {
        assertThat(converted.exit()).as(converted.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(sharded.exit()).as(sharded.err()).isEqualTo(ExitCodes.FAILURE);
        Set<Quad> expected = quads(List.of(tmp.resolve("convert.nq")));
        Set<Quad> actual = quads(shards());
        assertThat(expected).hasSizeGreaterThan(100).noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank());
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> unexpected = new HashSet<>(actual);
        unexpected.removeAll(expected);
        assertThat(missing).as("quads of convert missing from the shards").isEmpty();
        assertThat(unexpected).as("quads in the shards that convert does not write").isEmpty();
        assertThat(sharded.err()).contains("converted 4 articles, 2 failed");
        assertThat(converted.err()).contains("converted 4 articles, 2 failed");
    }

    @Test
    void eachArticleGraphIsWholeInOneShard() throws IOException {
        Set<String> seen = new HashSet<>();
        for (Path shard : shards()) {
            Set<String> graphs = new HashSet<>();
            for (Quad q : quads(List.of(shard))) {
                String g = q.getGraph().getURI();
                if (!g.endsWith("/shared/entities")) {
                    graphs.add(g);
                }
            }
            for (String g : graphs) {
                assertThat(seen.add(g)).as(g + " is in one shard only").isTrue();
            }
        }
        assertThat(seen).hasSize(4).allMatch(g -> g.startsWith("https://w3id.org/dipkg/graph/"));
    }

    @Test
    void summariesCountArticlesAndNameFailuresWithTheirReasons() throws IOException {
        StringBuilder all = new StringBuilder();
        int articles = 0;
        for (Path shard : shards()) {
            Path summary = shard.resolveSibling(shard.getFileName().toString().replace(".nq", ".summary.json"));
            String json = Files.readString(summary);
            all.append(json);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"articles\"\\s*:\\s*(\\d+)").matcher(json);
            assertThat(m.find()).as(json).isTrue();
            articles += Integer.parseInt(m.group(1));
            assertThat(json).contains("\"quads\"", "\"meetings\"");
        }
        assertThat(articles).isEqualTo(4);
        assertThat(all.toString()).contains("malformed JSON", "duplicate article id 'lima-visit'",
                "the first one is kept");
    }

    @Test
    void anOutputFolderThatHoldsFilesIsRefused() {
        Cli again = Cli.run("spark-convert", articles.toString(), "-o", tmp.resolve("shards").toString(),
                "--master", "local[1]");
        assertThat(again.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).contains("not empty; shards go to a new or an empty folder");
    }

    @Test
    void aStoreBuiltFromTheShardsAnswersEveryQueryAsTheStoreLoadedFromConvert() throws IOException {
        Path built = tmp.resolve("built");
        Cli build = Cli.run("build-store", tmp.resolve("shards").toString(), "--db", built.toString());
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).containsPattern("it holds what they hold: \\d+ quads, 4 article graphs, [1-9]\\d* quads "
                + "in the entities graph");
        Path loaded = tmp.resolve("loaded");
        Cli load = Cli.run("load", tmp.resolve("convert.nq").toString(), "--db", loaded.toString());
        assertThat(load.exit()).as(load.err()).isZero();
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(q -> q.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(10);
        int answered = 0;
        for (Path q : queries) {
            Cli fromShards = Cli.run("query", "--db", built.toString(), "--format", "csv", q.toString());
            Cli fromLoad = Cli.run("query", "--db", loaded.toString(), "--format", "csv", q.toString());
            assertThat(fromShards.exit()).as(q + ": " + fromShards.err()).isZero();
            assertThat(fromLoad.exit()).as(q + ": " + fromLoad.err()).isZero();
            assertThat(rows(fromShards.out())).as(q.toString()).isEqualTo(rows(fromLoad.out()));
            answered += rows(fromLoad.out()).size() > 1 ? 1 : 0;
        }
        assertThat(answered).as("queries with rows").isGreaterThanOrEqualTo(5);
    }

    @Test
    void aStoreIsBuiltOnlyFromWholeGraphsIntoAnEmptyFolder() throws IOException {
        Path shard = shards().get(0);
        List<String> lines = Files.readAllLines(shard);
        Path split = Files.createDirectories(tmp.resolve("split"));
        Files.write(split.resolve("a.nq"), lines.subList(0, lines.size() / 2));
        Files.write(split.resolve("b.nq"), lines);
        Cli built = Cli.run("build-store", split.toString(), "--db", tmp.resolve("split-store").toString());
        assertThat(built.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(built.err()).contains("is also in an earlier place of the shards");
        Cli whole = Cli.run("build-store", shard.toString(), "--db", tmp.resolve("split-store").toString());
        assertThat(whole.exit()).as("the refused shards left the store empty: " + whole.err()).isZero();
        Cli again = Cli.run("build-store", shard.toString(), "--db", tmp.resolve("split-store").toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).contains("the store holds data; a store is built from shards in a new or an empty folder");
    }

    private static List<String> rows(String csv) {
        return csv.lines().sorted().toList();
    }

    private static List<Path> shards() throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("shards"))) {
            List<Path> found = s.filter(p -> p.getFileName().toString().matches("shard-\\d{5}\\.nq")).sorted().toList();
            assertThat(found).isNotEmpty();
            return found;
        }
    }

    private static Set<Quad> quads(List<Path> files) {
        Set<Quad> out = new HashSet<>();
        for (Path f : files) {
            RDFParser.source(f).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    out.add(q);
                }
            });
        }
        return out;
    }
}
