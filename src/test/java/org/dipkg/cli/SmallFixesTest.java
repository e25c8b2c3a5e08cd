package org.dipkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options and messages that must say what they mean. */
class SmallFixesTest {
    static final String SEED = "src/test/resources/org/dipkg/articles/2023-05-08-readout-rome.txt";

    @Test
    void portOutOfRangeIsAUsageError() {
        Cli r = Cli.run("serve", "--port", "70000");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("out of range");
    }

    @Test
    void loadRefusesAFolderThatHoldsOtherFiles(@TempDir Path tmp) throws Exception {
        Path ttl = tmp.resolve("a.ttl");
        Files.writeString(ttl, "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n");
        Path folder = Files.createDirectory(tmp.resolve("home"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Cli r = Cli.run("load", "--db", folder.toString(), ttl.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not a dipkg store");
        assertThat(Files.list(folder).count()).isEqualTo(1);
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertThat(Cli.run("load", "--db", empty.toString(), ttl.toString()).exit()).isZero();
        assertThat(Cli.run("load", "--db", empty.toString(), ttl.toString()).exit()).as("a store takes more").isZero();
    }

    @Test
    void quietPrintsOnlyErrors(@TempDir Path tmp) {
        Path ttl = tmp.resolve("a.ttl");
        Cli convert = Cli.run("convert", "-q", SEED, "-o", ttl.toString());
        assertThat(convert.exit()).isZero();
        assertThat(convert.err()).isEmpty();
        Cli load = Cli.run("load", "-q", "--db", tmp.resolve("db").toString(), ttl.toString());
        assertThat(load.exit()).isZero();
        assertThat(load.err()).isEmpty();
    }

    @Test
    void aParseErrorIsPrintedOnce(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "<http://example.org/s> <http://example.org/p> ;; .\n");
        Cli r = Cli.run("load", "--db", tmp.resolve("db").toString(), bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().split("line: 1", -1)).hasSize(2);
    }

    @Test
    void aReadOnlyTargetIsNotReplaced(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out.ttl");
        Files.writeString(out, "keep");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        Cli r = Cli.run("convert", SEED, "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("read-only");
        assertThat(Files.readString(out)).isEqualTo("keep");
    }

    @Test
    void aNulByteLineIsNamedByCodePoint(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("c.jsonl");
        Files.writeString(corpus, "\u0000{\"id\":\"a\",\"text\":\"b\"}\n");
        Cli r = Cli.run("convert", corpus.toString(), "-o", tmp.resolve("c.ttl").toString());
        assertThat(r.err()).contains("starts with U+0000");
    }
}
