package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines corpora with bad lines among good ones: the good lines convert, each bad one
 * is reported by its line number and why, and the exit code is 1.
 */
class BadCorpusTest {
    static String title;
    static String body;

    @TempDir
    Path dir;

    @BeforeAll
    static void article() {
        String text = Articles.text(Articles.geneva());
        title = text.substring(0, text.indexOf('\n'));
        body = text.substring(text.indexOf('\n')).strip();
    }

    static String line(String id) {
        JsonObject o = new JsonObject();
        o.put("id", id);
        o.put("title", title);
        o.put("text", body);
        o.put("published", "2022-01-10");
        return o.toString().replace("\n", " ");
    }

    private Cli.Run convert(Path corpus) {
        return Cli.run("convert", corpus.toString(), "-o", dir.resolve("out.nq").toString(), "--threads", "2");
    }

    private List<String> graphs() {
        return Rdf.graphs(Rdf.read(dir.resolve("out.nq")));
    }

    @Test
    void malformedLinesAmongGoodOnes() {
        Path corpus = Articles.write(dir.resolve("corpus.jsonl"), String.join("\n",
                line("a1"),
                "{\"id\": \"a2\", \"text\": \"Blinken met Lavrov.\", ",
                line("a3"),
                "{\"id\": \"a4\", \"text\": \"x\"} {\"id\": \"a5\", \"text\": \"y\"}",
                "{'id': 'a6', 'text': 'single quotes'}",
                "[\"an\", \"array\"]",
                "{\"id\": \"a7\", \"text\": \"unclosed",
                "",
                line("a9")) + "\n");
        Cli.Run run = convert(corpus);
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(
                corpus + ":2: malformed JSON at column 45: expected a key in double quotes",
                corpus + ":4: malformed JSON at column 27: more text after the JSON object (one object per line)",
                corpus + ":5: malformed JSON at column 2: expected a key in double quotes",
                corpus + ":6: malformed JSON at column 1: not a JSON object (it starts with '[')",
                corpus + ":7: malformed JSON at column 22: a string that is not closed (missing '\"')",
                "converted 3 articles, 5 failed");
        assertThat(graphs()).containsExactly("a1", "a3", "a9");
    }

    @Test
    void duplicateIds() {
        Path corpus = Articles.write(dir.resolve("corpus.jsonl"), String.join("\n",
                line("a1"), line("b"), line("a1"), line("A1"), line("a-1"), line("a 1")) + "\n");
        Cli.Run run = convert(corpus);
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(
                corpus + ":3: duplicate article id 'a1', first read at " + corpus + ":1; the first one is kept",
                corpus + ":4: article id 'A1' is taken to be the same as 'a1', first read at " + corpus + ":1",
                corpus + ":6: article id 'a 1' is taken to be the same as 'a-1', first read at " + corpus + ":5",
                "converted 3 articles, 3 failed");
        assertThat(graphs()).containsExactly("a-1", "a1", "b");
    }

    @Test
    void missingOrWrongFields() {
        Path corpus = Articles.write(dir.resolve("corpus.jsonl"), String.join("\n",
                "{\"id\": \"t1\", \"title\": \"no text\"}",
                "{\"text\": \"no id\"}",
                "{\"id\": \"t3\", \"text\": 42}",
                "{\"id\": \"t4\", \"text\": null}",
                "{\"id\": \" \", \"text\": \"Blinken met Lavrov.\"}",
                "{\"id\": \"t6\", \"text\": \"  \\n \"}",
                "{\"id\": \"t7\", \"text\": \"Blinken met Lavrov.\", \"published\": \"2022-02-30\"}",
                "{\"id\": \"t8\", \"text\": \"Blinken met Lavrov.\", \"published\": \"Jan 10, 2022\"}",
                "{\"id\": \"t9\", \"text\": \"a\", \"id\": \"t10\"}",
                line("ok")) + "\n");
        Cli.Run run = convert(corpus);
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(
                corpus + ":1: missing \"text\"",
                corpus + ":2: missing \"id\"",
                corpus + ":3: \"text\" is not a string",
                corpus + ":4: \"text\" is not a string",
                corpus + ":5: empty \"id\"",
                corpus + ":6: empty \"text\"",
                "warning: " + corpus + ":7: \"published\": '2022-02-30' is not a date: February 2022 has 28 days; "
                        + "the article is read without it",
                corpus + ":8: \"published\": 'Jan 10, 2022' is not a date in the form YYYY-MM-DD",
                corpus + ":9: malformed JSON at column 27: the key \"id\" appears twice",
                "converted 2 articles, 8 failed");
        assertThat(graphs()).containsExactly("ok", "t7");
    }

    @Test
    void invalidUtf8AndOverlongLinesDoNotStopTheRest() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        b.write((line("first") + "\r\n").getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\": \"latin\", \"text\": \"Gen\u00e8ve\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        b.write(("{\"id\": \"huge\", \"text\": \"" + "word ".repeat(500_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        b.write((line("last") + "\n").getBytes(StandardCharsets.UTF_8));
        Path corpus = Articles.write(dir.resolve("corpus.jsonl"), b.toByteArray());
        Cli.Run run = convert(corpus);
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(
                corpus + ":2: not UTF-8 text: byte 0xe8 at byte 29 of the line is not valid UTF-8",
                corpus + ":3: longer than 2 MiB",
                "converted 2 articles, 2 failed");
        assertThat(graphs()).containsExactly("first", "last");
    }

    @Test
    void htmlAndImpossibleDatesInsideALine() {
        Path corpus = Articles.write(dir.resolve("corpus.jsonl"), String.join("\n",
                "{\"id\": \"page\", \"text\": \"<!doctype html><html><body><p>Blinken met Lavrov.</p></body></html>\"}",
                "{\"id\": \"feb\", \"text\": \"Blinken met Lavrov on February 30, 2022 in Geneva.\"}") + "\n");
        Cli.Run run = convert(corpus);
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(
                corpus + ":1 (offset 0 of the article text): an HTML page (it starts with <!doctype html...)",
                "warning: " + corpus + ":2 (offset 22 of the article text): 'February 30, 2022' is not a date",
                "converted 1 article, 1 failed");
    }

    @Test
    void deeplyNestedValueIsRefusedByLine() {
        Path corpus = Articles.write(dir.resolve("corpus.jsonl"), String.join("\n",
                "{\"id\": \"deep\", \"text\": \"x\", \"extra\": " + "[".repeat(200_000) + "}",
                line("after")) + "\n");
        Cli.Run run = convert(corpus);
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(corpus + ":1: malformed JSON at column 101: objects and arrays nested more "
                + "than 64 deep", "converted 1 article, 1 failed");
        assertThat(graphs()).containsExactly("after");
    }

    @Test
    void wholeCorpusBad() {
        Path corpus = Articles.write(dir.resolve("corpus.jsonl"), "not json\n{\"id\": 1}\n");
        Cli.Run run = convert(corpus);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(corpus + ":1: malformed JSON at column 1", corpus + ":2: missing \"text\"",
                "converted 0 articles, 2 failed");
        assertThat(dir.resolve("out.nq")).doesNotExist();
    }
}
