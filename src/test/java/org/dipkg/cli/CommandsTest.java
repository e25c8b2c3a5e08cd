package org.dipkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands' contract: help, version, exit codes, messages naming the input. */
class CommandsTest {
    private static final String SEED = "data/articles/2022-01-10-us-russia-geneva-talks.txt";

    @Test
    void everyCommandExplainsItself() {
        for (String c : new String[] {"up", "convert", "load", "serve", "query", "export", "validate"}) {
            Cli r = Cli.run(c, "--help");
            assertThat(r.exit()).as(c).isZero();
            assertThat(r.out()).as(c).contains("Usage: dipkg " + c).contains("--help");
        }
        assertThat(Cli.run("--version").out()).startsWith("dipkg ");
    }

    @Test
    void upConvertsTheExamplesAndThePracticeCorpusByDefault() {
        assertThat(UpCommand.DEFAULT_INPUTS).allMatch(Files::isDirectory);
        assertThat(Cli.run("up", "--help").out().replaceAll("\\s+", " "))
                .contains("The articles are data/articles and data/practice/articles unless others are given");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run().exit()).isEqualTo(2);
        assertThat(Cli.run("convert").exit()).isEqualTo(2);
        Cli r = Cli.run("convert", SEED, "--published", "10/01/2022");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--published", "10/01/2022");
        assertThat(Cli.run("convert", SEED, "--format", "yaml").exit()).isEqualTo(2);
        assertThat(Cli.run("query", "-e", "ASK {}").exit()).isEqualTo(2);
    }

    @Test
    void convertWritesTheFormatOfTheExtension(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("seed.nq");
        Cli r = Cli.run("convert", SEED, "-o", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(out)).contains("<https://w3id.org/dipkg/graph/2022-01-10-us-russia-geneva-talks> .");
        assertThat(r.err()).contains("converted 1 article");
    }

    @Test
    void convertReportsABadFileAndKeepsNoPartialOutput(@TempDir Path tmp) throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n");
        Path out = tmp.resolve("out.ttl");
        Cli r = Cli.run("convert", empty.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(empty.toString(), "empty");
        assertThat(out).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("empty.txt");
        }
    }

    @Test
    void queryOverFilesInTheSparqlResultFormats(@TempDir Path tmp) {
        Path ttl = tmp.resolve("seed.ttl");
        assertThat(Cli.run("convert", SEED, "-o", ttl.toString()).exit()).isZero();
        Cli csv = Cli.run("query", "--data", ttl.toString(), "--format", "csv", "queries/meetings.rq");
        assertThat(csv.exit()).isZero();
        assertThat(csv.out()).startsWith("meeting,date,place,participant,planned").contains("Geneva,Wendy Sherman");
        Cli json = Cli.run("query", "--data", ttl.toString(), "--format", "json", "-e",
                "ASK { ?m a <https://w3id.org/dipkg/ontology#Meeting> }");
        assertThat(json.out()).contains("\"boolean\" : true");
        Cli bad = Cli.run("query", "--data", ttl.toString(), "-e", "SELECT WHERE {");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("SPARQL syntax error");
    }

    @Test
    void validateAcceptsConverterOutputAndReportsViolations(@TempDir Path tmp) throws Exception {
        Path ttl = tmp.resolve("seed.ttl");
        Cli.run("convert", SEED, "-o", ttl.toString());
        Cli ok = Cli.run("validate", ttl.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("conforms");
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), "@prefix dip: <https://w3id.org/dipkg/ontology#> .\n"
                + "<https://w3id.org/dipkg/id/article/x/meeting/1> a dip:Meeting .\n");
        Cli r = Cli.run("validate", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("meeting/1", "violation");
    }
}
