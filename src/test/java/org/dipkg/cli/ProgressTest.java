package org.dipkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.Test;

/** The rate and time left count from the first article done, not from the start (the models load before it). */
class ProgressTest {
    @Test
    void noRateIsGuessedFromTheFirstItemAlone() {
        Progress p = new Progress("articles", 10, new PrintStream(new ByteArrayOutputStream()));
        assertThat(p.rateAndEta(System.nanoTime())).containsExactly("?", "?");
        p.step();
        assertThat(p.rateAndEta(System.nanoTime() + 60_000_000_000L)).containsExactly("?", "?");
    }

    @Test
    void theTimeLeftFollowsTheItemsDoneSinceTheFirst() {
        Progress p = new Progress("articles", 10, new PrintStream(new ByteArrayOutputStream()));
        for (int i = 0; i < 5; i++) {
            p.step();
        }
        String[] rateAndEta = p.rateAndEta(System.nanoTime() + 4_000_000_000L);
        assertThat(rateAndEta[0]).isIn("0.9", "1.0");
        assertThat(rateAndEta[1]).isIn("0:00:05", "0:00:04");
    }
}
