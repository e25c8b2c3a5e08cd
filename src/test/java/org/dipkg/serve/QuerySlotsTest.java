package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.dipkg.serve.QuerySlots.Entry;
import org.junit.jupiter.api.Test;

/**
 * A client alone takes every place; beside others it leaves one free; once another waits, the next is the newcomer's;
 * waiting is first come, first served; a client has only so many requests waiting.
 */
class QuerySlotsTest {
    /** Each task on a thread of its own: waiting requests block. */
    private static final Executor THREAD = task -> new Thread(task).start();

    @Test
    void aClientAloneTakesEveryPlace() throws Exception {
        QuerySlots slots = new QuerySlots(4, 2, 64);
        for (int i = 0; i < 4; i++) {
            assertThat(slots.enter("a", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        }
        assertThat(slots.enter("a", Duration.ofMillis(50))).isEqualTo(Entry.TIMED_OUT);
        assertThat(slots.running("a")).isEqualTo(4);
        assertThat(slots.waiting("a")).isZero();
    }

    @Test
    void besideAnotherClientOnePlaceStaysFree() throws Exception {
        QuerySlots slots = new QuerySlots(4, 2, 64);
        assertThat(slots.enter("b", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        assertThat(slots.enter("a", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        assertThat(slots.enter("a", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        assertThat(slots.enter("a", Duration.ofMillis(50))).as("the last free place").isEqualTo(Entry.TIMED_OUT);
        assertThat(slots.enter("c", Duration.ZERO)).as("another client finds a place at once").isEqualTo(Entry.ENTERED);
    }

    @Test
    void theNextFreePlaceGoesToTheClientUnderItsShare() throws Exception {
        QuerySlots slots = new QuerySlots(3, 1, 64);
        assertThat(slots.enter("flood", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        assertThat(slots.enter("flood", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        assertThat(slots.enter("other", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        CompletableFuture<Entry> newcomer = CompletableFuture.supplyAsync(() -> enter(slots, "newcomer"), THREAD);
        Thread.sleep(200);
        CompletableFuture<Entry> flood = CompletableFuture.supplyAsync(() -> enter(slots, "flood"), THREAD);
        Thread.sleep(200);
        slots.leave("flood");
        assertThat(newcomer.get()).isEqualTo(Entry.ENTERED);
        assertThat(slots.running("newcomer")).isEqualTo(1);
        assertThat(flood).isNotDone();
        slots.leave("newcomer");
        Thread.sleep(200);
        assertThat(flood).as("over its share, the flood never takes the last free place").isNotDone();
        slots.leave("other");
        assertThat(flood.get()).isEqualTo(Entry.ENTERED);
    }

    @Test
    void aPlaceThatFreesGoesToTheRequestWaitingLongest() throws Exception {
        QuerySlots slots = new QuerySlots(1, 1, 64);
        assertThat(slots.enter("a", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> waiters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            waiters.add(CompletableFuture.runAsync(() -> {
                if (enter(slots, "b") == Entry.ENTERED) {
                    order.add(n);
                    slots.leave("b");
                }
            }, THREAD));
            while (slots.waiting("b") < i + 1) {
                Thread.sleep(5);
            }
        }
        slots.leave("a");
        CompletableFuture.allOf(waiters.toArray(CompletableFuture[]::new)).get();
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aRequestThatComesLaterDoesNotTakeThePlaceOfOneWaiting() throws Exception {
        QuerySlots slots = new QuerySlots(1, 1, 64);
        assertThat(slots.enter("a", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        CompletableFuture<Entry> waiting = CompletableFuture.supplyAsync(() -> enter(slots, "b"), THREAD);
        while (slots.waiting("b") == 0) {
            Thread.sleep(5);
        }
        slots.leave("a");
        assertThat(slots.enter("c", Duration.ZERO)).as("the place is b's already").isEqualTo(Entry.TIMED_OUT);
        assertThat(waiting.get()).isEqualTo(Entry.ENTERED);
        assertThat(slots.running("b")).isEqualTo(1);
    }

    @Test
    void aClientOverItsShareTakesTheLastPlaceOnceTheOtherHasNotCalledForAWhile() throws Exception {
        QuerySlots slots = new QuerySlots(2, 1, 64);
        assertThat(slots.enter("b", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        slots.leave("b");
        assertThat(slots.enter("a", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        long start = System.nanoTime();
        assertThat(slots.enter("a", Duration.ofSeconds(6))).isEqualTo(Entry.ENTERED);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("not before b's call is two seconds old")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1500))
                .as("as soon as it is, without another place freeing").isLessThan(Duration.ofMillis(4500));
    }

    @Test
    void aClientWithAsManyRequestsWaitingAsItMayIsTurnedAwayAtOnce() throws Exception {
        QuerySlots slots = new QuerySlots(1, 1, 2);
        assertThat(slots.enter("a", Duration.ZERO)).isEqualTo(Entry.ENTERED);
        List<CompletableFuture<Entry>> waiters = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            waiters.add(CompletableFuture.supplyAsync(() -> enterAndLeave(slots, "b"), THREAD));
        }
        while (slots.waiting("b") < 2) {
            Thread.sleep(5);
        }
        long start = System.nanoTime();
        assertThat(slots.enter("b", Duration.ofSeconds(5))).isEqualTo(Entry.TOO_MANY_WAITING);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        waiters.add(CompletableFuture.supplyAsync(() -> enterAndLeave(slots, "c"), THREAD));
        while (slots.waiting("c") == 0) {
            Thread.sleep(5);
        }
        assertThat(waiters).as("another client still waits its turn").noneMatch(CompletableFuture::isDone);
        slots.leave("a");
        for (var w : waiters) {
            assertThat(w.get()).isEqualTo(Entry.ENTERED);
        }
    }

    /** Enters, and leaves at once. */
    private static Entry enterAndLeave(QuerySlots slots, String client) {
        Entry entry = enter(slots, client);
        if (entry == Entry.ENTERED) {
            slots.leave(client);
        }
        return entry;
    }

    private static Entry enter(QuerySlots slots, String client) {
        try {
            return slots.enter(client, Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Entry.TIMED_OUT;
        }
    }
}
