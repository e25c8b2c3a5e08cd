package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles that are not what {@code dipkg convert} expects: each is refused with a message
 * naming the file (and line or offset) and exit code 1, or converted without inventing
 * anything; no output file is left half-written.
 */
class BadArticleTest {
    @TempDir
    Path dir;

    @AfterEach
    void noPartialFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private Cli.Run convert(Path article, String... more) {
        String[] args = Stream.concat(Stream.of("convert", article.toString(), "-o", out().toString(), "--threads",
                "1"), Stream.of(more)).toArray(String[]::new);
        return Cli.run(args);
    }

    private Path out() {
        return dir.resolve("out.trig");
    }

    private void assertRefused(Cli.Run run, String... messages) {
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).as(run.toString()).contains(messages);
        assertThat(out()).as("no output when nothing converted").doesNotExist();
    }

    @Test
    void emptyFile() {
        Path f = Articles.write(dir.resolve("empty.txt"), "");
        assertRefused(convert(f), f + ": empty article (no text)");
    }

    @Test
    void whiteSpaceOnly() {
        Path f = Articles.write(dir.resolve("blank.txt"), " \n\t\n   \r\n");
        assertRefused(convert(f), f + ": empty article (only white space)");
    }

    @Test
    void pdf() {
        Path f = Articles.write(dir.resolve("report.txt"),
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(convert(f), f + ": not text: this is a PDF document");
    }

    @Test
    void pngHeader() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        Path f = Articles.write(dir.resolve("photo.txt"), png);
        assertRefused(convert(f), f + ": not text: this is a PNG image");
    }

    @Test
    void nulBytes() {
        Path f = Articles.write(dir.resolve("data.txt"), "Title\n\nSome text\u0000\u0000 more".getBytes(StandardCharsets.UTF_8));
        assertRefused(convert(f), f + ":3: not text: binary data (a NUL byte at byte offset 16)");
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = "Talks\n\nThe minister said \"no\" \u00ff\u00fe today.".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Articles.write(dir.resolve("broken.txt"), bytes);
        assertRefused(convert(f), f + ":3: not UTF-8 text: byte 0xff at byte offset 30 is not valid UTF-8");
    }

    @Test
    void latin1() {
        byte[] bytes = "Talks in Gen\u00e8ve\n\nThe Fran\u00e7ais delegation met.".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Articles.write(dir.resolve("latin1.txt"), bytes);
        assertRefused(convert(f), f + ":1: not UTF-8 text: byte 0xe8 at byte offset 12",
                "iconv -f latin1 -t utf-8");
    }

    @Test
    void utf16() {
        Path f = Articles.write(dir.resolve("wide.txt"), "\ufeffTalks\n\nText.".getBytes(StandardCharsets.UTF_16LE));
        assertRefused(convert(f), f + ": not text: this is UTF-16 text");
    }

    @Test
    void byteOrderMarkAndCrlfGiveTheSameGraph() throws IOException {
        String text = Articles.text(Articles.geneva());
        Path plain = Articles.write(Files.createDirectories(dir.resolve("plain")).resolve(Articles.GENEVA + ".txt"),
                text);
        Path bom = Articles.write(Files.createDirectories(dir.resolve("bom")).resolve(Articles.GENEVA + ".txt"),
                "\ufeff" + text.replace("\n", "\r\n"));
        assertThat(Cli.run("convert", plain.toString(), "-o", dir.resolve("plain.trig").toString()).exit()).isZero();
        Cli.Run run = Cli.run("convert", bom.toString(), "-o", dir.resolve("bom.trig").toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        DatasetGraph a = Rdf.read(dir.resolve("plain.trig"));
        DatasetGraph b = Rdf.read(dir.resolve("bom.trig"));
        assertThat(Rdf.count(a, "Meeting")).isPositive();
        assertThat(IsoMatcher.isomorphic(a, b)).as("same graph with a BOM and CRLF line ends").isTrue();
        assertThat(Files.readString(dir.resolve("bom.trig"))).doesNotContain("\ufeff", "\r");
    }

    @Test
    void htmlPage() {
        Path f = Articles.write(dir.resolve("page.txt"), """
                <!DOCTYPE html>
                <html><head><title>Blinken meets Lavrov</title><script>var x = "a<b";</script></head>
                <body><h1>Blinken meets Lavrov in Geneva</h1>
                <p>U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov.</p>
                </body></html>
                """);
        assertRefused(convert(f), f + ":1:1: an HTML page (it starts with <!DOCTYPE html...), not article text");
    }

    @Test
    void textFullOfTags() {
        StringBuilder b = new StringBuilder("Talks\n\n");
        for (int i = 0; i < 12; i++) {
            b.append("<p>The ministers met in <b>Geneva</b>.</p>\n");
        }
        Path f = Articles.write(dir.resolve("tags.txt"), b.toString());
        assertRefused(convert(f), f + ":3:1: HTML markup (48 tags), not article text");
    }

    @Test
    void aFewStrayTagsAreKept() {
        Path f = Articles.write(dir.resolve("stray.txt"), "Talks<br>\n\nU.S. Secretary of State Antony Blinken met "
                + "Russian Foreign Minister Sergei Lavrov in Geneva on Monday.<br>\n");
        Cli.Run run = convert(f, "--published", "2022-01-12");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Rdf.count(Rdf.read(out()), "Meeting")).isEqualTo(1);
    }

    @Test
    void recipeGivesNoMeetingsDemandsOrPositions() {
        DatasetGraph g = convertRecipe();
        assertThat(Rdf.count(g, "Meeting")).isZero();
        assertThat(Rdf.count(g, "Demand")).isZero();
        assertThat(Rdf.count(g, "Position")).isZero();
        assertThat(Rdf.count(g, "Article")).isEqualTo(1);
    }

    @Test
    void recipeGivesNoStatements() {
        assertThat(Rdf.count(convertRecipe(), "Statement")).isZero();
    }

    private DatasetGraph convertRecipe() {
        Path f = Articles.write(dir.resolve("apple-pie.txt"), Articles.text(Articles.resource("recipe.txt")));
        Cli.Run run = convert(f, "--published", "2022-01-10");
        assertThat(run.exit()).as(run.toString()).isZero();
        return Rdf.read(out());
    }

    @Test
    void unbalancedQuotationMarks() {
        Path f = Articles.write(dir.resolve("quotes.txt"), """
                Talks in Vienna

                Russian Foreign Minister Sergei Lavrov said "the talks were useful and we will meet again in March.

                U.S. Secretary of State Antony Blinken met Lavrov in Vienna on Monday. Blinken said "we demand that \
                Russia withdraw its troops.

                "Nothing was agreed, Lavrov told reporters.
                """);
        Cli.Run run = convert(f, "--published", "2022-01-12");
        assertThat(run.exit()).as(run.toString()).isZero();
        DatasetGraph g = Rdf.read(out());
        assertThat(Rdf.count(g, "Meeting")).isPositive();
        assertThat(Cli.run("validate", out().toString()).exit()).isZero();
    }

    @Test
    void dateThatDoesNotExistInTheText() {
        String line3 = "GENEVA - U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in "
                + "Geneva on February 30, 2022. \"We had a frank exchange,\" Blinken said.";
        Path f = Articles.write(dir.resolve("feb30.txt"), "Ministers meet in Geneva\n\n" + line3 + "\n");
        Cli.Run run = convert(f, "--published", "2022-03-02");
        assertThat(run.exit()).as(run.toString()).isZero();
        int column = line3.indexOf("February 30") + 1;
        assertThat(run.err()).contains("dipkg: warning: " + f + ":3:" + column + ": 'February 30, 2022' is not a date "
                + "(February 2022 has 28 days); it is not used");
        assertThat(Articles.text(out())).contains("dip:Meeting").doesNotContain("\"2022-02-");
    }

    @Test
    void dateThatDoesNotExistInTheFileName() {
        Path f = Articles.write(dir.resolve("2022-02-30-talks.txt"), "Talks\n\nU.S. Secretary of State Antony "
                + "Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Monday.");
        Cli.Run run = convert(f);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).contains("dipkg: warning: " + f + ": the date in the file name: '2022-02-30' is not a "
                + "date: February 2022 has 28 days; the publication date is taken from the text");
    }

    @Test
    void publishedDateThatDoesNotExist() {
        Path f = Articles.write(dir.resolve("a.txt"), "Talks\n\nBlinken met Lavrov.");
        Cli.Run run = convert(f, "--published", "2022-02-30");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--published: '2022-02-30' is not a date: February 2022 has 28 days");
        assertThat(out()).doesNotExist();
    }

    @Test
    void publishedDateInAnotherFormat() {
        Path f = Articles.write(dir.resolve("a.txt"), "Talks\n\nBlinken met Lavrov.");
        Cli.Run run = convert(f, "--published", "10/01/2022");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--published: '10/01/2022' is not a date in the form YYYY-MM-DD");
        assertThat(out()).doesNotExist();
    }

    @Test
    void fiftyMegabyteArticleIsRefusedAtOnce() throws IOException {
        Path f = dir.resolve("huge.txt");
        byte[] article = (Articles.text(Articles.geneva()) + "\n\n").getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(f)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += article.length) {
                out.write(article);
            }
        }
        long start = System.nanoTime();
        Cli.Run run = convert(f);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(10);
        assertRefused(run, f + ": 50.0 MiB is more than an article may have (2 MiB); split it into articles");
    }

    @Test
    void oneBadFileAmongGoodOnesIsSkipped() {
        Path bad = Articles.write(dir.resolve("empty.txt"), "");
        Cli.Run run = Cli.run("convert", Articles.geneva().toString(), bad.toString(), "-o", out().toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(bad + ": empty article", "converted 1 article, 1 failed");
        assertThat(Rdf.graphs(Rdf.read(out()))).containsExactly(Articles.GENEVA);
    }

    @Test
    void missingFileAndEmptyFolder() throws IOException {
        Path none = dir.resolve("none.txt");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertRefused(convert(none), none + ": no such file");
        assertRefused(convert(folder), folder + ": no articles here (no .txt or .jsonl files)");
    }
}
