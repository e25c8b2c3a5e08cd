package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text of one million characters on a single line, without a sentence break: the
 * worst case for the stages that work sentence by sentence. It converts within a bound.
 * (A 50 MB article is refused at once: see {@code BadArticleTest}.)
 */
class LargeArticleIT {
    static final Duration BOUND = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void millionCharacterLineConvertsInTime() {
        StringBuilder b = new StringBuilder("A very long line\n\n");
        String words = String.join(" ", Articles.text(Articles.geneva()).replaceAll("[.!?\"]", "").split("\\s+"));
        while (b.length() < 1_000_000) {
            b.append(words).append(' ');
        }
        b.setLength(1_000_000);
        Path article = Articles.write(dir.resolve("one-line.txt"), b.toString());
        Path out = dir.resolve("one-line.ttl");
        org.dipkg.nlp.Nlp4jParser.load();   // the models load once per process: not part of what is timed
        long start = System.nanoTime();
        Cli.Run run = Cli.run("convert", article.toString(), "--published", "2022-01-10", "--threads", "1", "-o",
                out.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("one line of 1,000,000 characters converted in " + took.toMillis() + " ms");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(took).isLessThan(BOUND);
        assertThat(Cli.run("validate", out.toString()).exit()).isZero();
    }
}
