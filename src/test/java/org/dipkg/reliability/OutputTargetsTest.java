package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output targets that are not plain files: a symbolic link stays a link, a pipe stays a pipe. */
class OutputTargetsTest {
    @TempDir
    Path dir;

    @Test
    void symbolicLinkStaysALink() throws Exception {
        Path real = Articles.write(dir.resolve("real.ttl"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.ttl"), real);
        Cli.Run run = Cli.run("convert", Articles.geneva().toString(), "-o", link.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Articles.text(real)).contains("dip:Meeting");
    }

    @Test
    void namedPipeIsWrittenNotReplaced() throws Exception {
        Path fifo = dir.resolve("out.ttl");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is needed");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> Articles.text(fifo));
        Cli.Run run = Cli.run("convert", Articles.geneva().toString(), "-o", fifo.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(read.get(60, TimeUnit.SECONDS)).contains("dip:Meeting");
        assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
        assertThat(dir.resolve(".out.ttl.part")).doesNotExist();
    }
}
