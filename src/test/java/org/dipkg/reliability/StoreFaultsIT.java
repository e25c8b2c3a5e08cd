package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads that fail (malformed RDF, a store path that is a file, read-only or on a full
 * disk) leave the store exactly as it was, compared by a dump before and after; output
 * files that cannot be written leave nothing behind.
 */
class StoreFaultsIT {
    @TempDir
    static Path shared;
    static Path article;

    @TempDir
    Path dir;
    final Mounts mounts = new Mounts();

    @BeforeAll
    static void convert() {
        article = shared.resolve("geneva.trig");
        Cli.Run run = Cli.run("convert", Articles.geneva().toString(), "-o", article.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    @AfterEach
    void unmount() {
        mounts.close();
    }

    private static DatasetGraph dump(Path db, Path to) {
        Cli.Run run = Cli.run("export", "--db", db.toString(), "-o", to.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        return Rdf.read(to);
    }

    private static void load(Path db, Path... files) {
        String[] args = Stream.concat(Stream.of("load", "--db", db.toString()), Stream.of(files).map(Path::toString))
                .toArray(String[]::new);
        Cli.Run run = Cli.run(args);
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    private void assertUnchanged(Path db, DatasetGraph before) {
        DatasetGraph after = dump(db, dir.resolve("after.nq"));
        assertThat(after.stream().count()).isEqualTo(before.stream().count());
        assertThat(IsoMatcher.isomorphic(before, after)).as("the store is as it was").isTrue();
    }

    @Test
    void malformedTurtleAndNQuadsLeaveTheStoreAsItWas() {
        Path db = dir.resolve("db");
        load(db, article);
        DatasetGraph before = dump(db, dir.resolve("before.nq"));
        Path ttl = Articles.write(dir.resolve("bad.ttl"),
                "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e \"unterminated .\n");
        String quad = "<http://e.org/s> <http://e.org/p> <http://e.org/o> <http://e.org/g>";
        Path nq = Articles.write(dir.resolve("bad.nq"), quad + " .\n" + quad + " <http://e.org/x> .\n" + quad + " .\n");
        Path png = Articles.write(dir.resolve("image.ttl"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a});
        Path other = Articles.write(dir.resolve("other.nq"), "<http://e.org/s> <http://e.org/p> \"new\" "
                + "<https://w3id.org/dipkg/graph/other> .\n");

        Cli.Run turtle = Cli.run("load", "--db", db.toString(), other.toString(), ttl.toString());
        assertThat(turtle.exit()).isEqualTo(1);
        assertThat(turtle.err()).contains(ttl + ": [line: 4, col: 1 ] Broken token (newline in string) "
                + "(nothing was loaded)");
        Cli.Run quads = Cli.run("load", "--db", db.toString(), other.toString(), nq.toString());
        assertThat(quads.exit()).isEqualTo(1);
        assertThat(quads.err()).contains(nq + ": [line: 2, col: 69] Quad not terminated by DOT");
        Cli.Run binary = Cli.run("load", "--db", db.toString(), other.toString(), png.toString());
        assertThat(binary.exit()).isEqualTo(1);
        assertThat(binary.err()).contains(png + ": ");
        Cli.Run missing = Cli.run("load", "--db", db.toString(), other.toString(), dir.resolve("none.nq").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains(dir.resolve("none.nq") + ": no such file");
        assertUnchanged(db, before);
    }

    @Test
    void storePathThatIsAFile() {
        Path file = Articles.write(dir.resolve("db"), "not a store");
        for (String[] args : new String[][] {
                {"load", "--db", file.toString(), article.toString()},
                {"query", "--db", file.toString(), "-e", "ASK {}"},
                {"export", "--db", file.toString()},
                {"serve", "--db", file.toString(), "--port", "0"}}) {
            Cli.Run run = Cli.run(args);
            assertThat(run.exit()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).as(run.toString()).contains(file + ": is a file, not a store folder");
        }
        assertThat(Articles.text(file)).isEqualTo("not a store");
    }

    @Test
    void folderThatIsNotAStoreIsNotMadeOne() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Cli.Run run = Cli.run("query", "--db", folder.toString(), "-e", "ASK {}");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(folder + ": not a dipkg store (no Data-NNNN folder in it)");
        try (Stream<Path> s = Files.list(folder)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void readOnlyStore() {
        Path mount = mounts.tmpfs(dir.resolve("mnt"), "4m");
        Path db = mount.resolve("db");
        // in a separate process: files this JVM has memory-mapped would keep the mount busy
        assertThat(Jar.run(dir, Duration.ofMinutes(1), "load", "--db", db.toString(), article.toString()).exit())
                .isZero();
        assertThat(Jar.run(dir, Duration.ofMinutes(1), "export", "--db", db.toString(), "-o",
                dir.resolve("before.nq").toString()).exit()).isZero();
        DatasetGraph before = Rdf.read(dir.resolve("before.nq"));
        mounts.readOnly(mount);
        Cli.Run run = Cli.run("load", "--db", db.toString(), article.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(db + ": the store folder is not writable");
        Cli.Run fresh = Cli.run("load", "--db", mount.resolve("new").toString(), article.toString());
        assertThat(fresh.exit()).isEqualTo(1);
        assertThat(fresh.err()).contains(mount.resolve("new") + ": cannot create the store folder");
        mounts.writable(mount);
        assertUnchanged(db, before);
    }

    @Test
    void fullDiskWhileLoading() throws IOException {
        Path mount = mounts.tmpfs(dir.resolve("mnt"), "1m");
        Path db = mount.resolve("db");
        load(db, article);
        DatasetGraph before = dump(db, dir.resolve("before.nq"));
        Path big = dir.resolve("big.nq");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 40_000; i++) {
                w.write("<https://w3id.org/dipkg/id/x/" + i + "> <https://w3id.org/dipkg/ontology#text> \"padding "
                        + "padding padding " + i + "\" <https://w3id.org/dipkg/graph/big-" + (i % 5) + "> .\n");
            }
        }
        Cli.Run run = Jar.run(dir, Duration.ofMinutes(2), "load", "--db", db.toString(), big.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(db + ": no space left on the disk holding the store; nothing was written");
        assertUnchanged(db, before);
    }

    @Test
    void fullDiskForANewStore() throws IOException {
        Path mount = mounts.tmpfs(dir.resolve("mnt"), "1m");
        Mounts.fill(mount);
        Cli.Run run = Jar.run(dir, Duration.ofMinutes(1), "load", "--db", mount.resolve("db").toString(),
                article.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains(mount.resolve("db") + ": no space left on the disk holding the store");
    }

    @Test
    void outputOnAFullDiskLeavesNoFile() throws IOException {
        Path mount = mounts.tmpfs(dir.resolve("mnt"), "1m");
        Mounts.fill(mount);
        Path out = mount.resolve("out.ttl");
        Cli.Run run = Cli.run("convert", Articles.geneva().toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(out + ": cannot write: No space left on device");
        assertThat(out).doesNotExist();
        assertThat(mount.resolve(".out.ttl.part")).doesNotExist();
    }

    @Test
    void outputInAReadOnlyFolderOrAMissingOne() {
        Path mount = mounts.tmpfs(dir.resolve("mnt"), "1m", "ro");
        Path out = mount.resolve("out.ttl");
        Cli.Run run = Cli.run("convert", Articles.geneva().toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(out + ": cannot write: Read-only file system");
        Path nowhere = dir.resolve("no/such/folder/out.ttl");
        Cli.Run missing = Cli.run("convert", Articles.geneva().toString(), "-o", nowhere.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains(nowhere + ": cannot write: the folder " + nowhere.getParent()
                + " does not exist");
    }

    @Test
    void exportOnAFullDiskLeavesNoFile() throws IOException {
        Path db = dir.resolve("db");
        load(db, article);
        Path mount = mounts.tmpfs(dir.resolve("mnt"), "1m");
        Mounts.fill(mount);
        Path out = mount.resolve("all.trig");
        Cli.Run run = Cli.run("export", "--db", db.toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(out + ": cannot write: No space left on device");
        assertThat(out).doesNotExist();
        assertThat(mount.resolve(".all.trig.part")).doesNotExist();
    }
}
