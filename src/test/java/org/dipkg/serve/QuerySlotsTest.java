package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** A client alone takes every place; beside others it leaves one free; once another waits, the next is the newcomer's. */
class QuerySlotsTest {
    @Test
    void aClientAloneTakesEveryPlace() throws Exception {
        QuerySlots slots = new QuerySlots(4, 2);
        for (int i = 0; i < 4; i++) {
            assertThat(slots.enter("a", Duration.ZERO)).isTrue();
        }
        assertThat(slots.enter("a", Duration.ofMillis(50))).isFalse();
        assertThat(slots.running("a")).isEqualTo(4);
    }

    @Test
    void besideAnotherClientOnePlaceStaysFree() throws Exception {
        QuerySlots slots = new QuerySlots(4, 2);
        assertThat(slots.enter("b", Duration.ZERO)).isTrue();
        assertThat(slots.enter("a", Duration.ZERO)).isTrue();
        assertThat(slots.enter("a", Duration.ZERO)).isTrue();
        assertThat(slots.enter("a", Duration.ofMillis(50))).as("the last free place").isFalse();
        assertThat(slots.enter("c", Duration.ZERO)).as("another client finds a place at once").isTrue();
    }

    @Test
    void theNextFreePlaceGoesToTheClientUnderItsShare() throws Exception {
        QuerySlots slots = new QuerySlots(3, 1);
        assertThat(slots.enter("flood", Duration.ZERO)).isTrue();
        assertThat(slots.enter("flood", Duration.ZERO)).isTrue();
        assertThat(slots.enter("other", Duration.ZERO)).isTrue();
        CompletableFuture<Boolean> newcomer = CompletableFuture.supplyAsync(() -> enter(slots, "newcomer"));
        Thread.sleep(200);
        CompletableFuture<Boolean> flood = CompletableFuture.supplyAsync(() -> enter(slots, "flood"));
        Thread.sleep(200);
        slots.leave("flood");
        assertThat(newcomer.get()).isTrue();
        assertThat(slots.running("newcomer")).isEqualTo(1);
        assertThat(flood).isNotDone();
        slots.leave("newcomer");
        Thread.sleep(200);
        assertThat(flood).as("over its share, the flood never takes the last free place").isNotDone();
        slots.leave("other");
        assertThat(flood.get()).isTrue();
    }

    private static boolean enter(QuerySlots slots, String client) {
        try {
            return slots.enter(client, Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
