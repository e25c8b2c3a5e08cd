package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/**
 * At most N requests pass the gate at once; the next waits up to the timeout, then gets 503. A query past the
 * long-query mark moves to the long lane or is stopped; one that ran long lately starts there or is refused at once.
 */
class QueryGateTest {
    private final LongQueryMemory memory = LongQueryMemory.withDefaults();

    private static final HttpServletRequest REQUEST = (HttpServletRequest) Proxy.newProxyInstance(
            QueryGateTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> null);

    @Test
    void aRequestBeyondThePlacesWaitsThenIsTurnedAway() throws Exception {
        QueryGate gate = new QueryGate(QueryGate.Limits.simple(1, Duration.ofMillis(300)));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        Thread holder = new Thread(() -> pass(gate, new Response(), (rq, rs) -> {
            inside.countDown();
            await(leave);
        }));
        holder.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicInteger ran = new AtomicInteger();
        Response turnedAway = new Response();
        long start = System.nanoTime();
        pass(gate, turnedAway, (rq, rs) -> ran.incrementAndGet());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(ran).hasValue(0);
        assertThat(turnedAway.status).isEqualTo(503);
        assertThat(turnedAway.headers).containsKey("Retry-After");
        assertThat(turnedAway.body.toString()).contains("busy");

        leave.countDown();
        holder.join();
        pass(gate, new Response(), (rq, rs) -> ran.incrementAndGet());
        assertThat(ran).hasValue(1);
    }

    @Test
    void aClientWithAsManyRequestsWaitingAsItMayIsTurnedAwayAtOnce() throws Exception {
        QueryGate gate = new QueryGate(new QueryGate.Limits(1, 1, 1, 1, Duration.ofSeconds(5), Duration.ofSeconds(5)));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        Thread holder = new Thread(() -> pass(gate, new Response(), (rq, rs) -> {
            inside.countDown();
            await(leave);
        }));
        holder.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicInteger ran = new AtomicInteger();
        Thread waiter = new Thread(() -> pass(gate, new Response(), (rq, rs) -> ran.incrementAndGet()));
        waiter.start();
        Thread.sleep(200);

        Response turnedAway = new Response();
        long start = System.nanoTime();
        pass(gate, turnedAway, (rq, rs) -> ran.incrementAndGet());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(turnedAway.status).isEqualTo(503);
        assertThat(turnedAway.headers).containsEntry("Retry-After", "1");
        assertThat(turnedAway.body.toString()).contains("wait for a place already");

        leave.countDown();
        holder.join();
        waiter.join();
        assertThat(ran).as("the request that waited ran").hasValue(1);
    }

    @Test
    void requestsWithinThePlacesRunTogether() throws Exception {
        QueryGate gate = new QueryGate(QueryGate.Limits.simple(2, Duration.ofSeconds(5)));
        CountDownLatch both = new CountDownLatch(2);
        Thread first = new Thread(() -> pass(gate, new Response(), (rq, rs) -> {
            both.countDown();
            await(both);
        }));
        first.start();
        pass(gate, new Response(), (rq, rs) -> {
            both.countDown();
            await(both);
        });
        first.join();
        assertThat(both.getCount()).isZero();
    }

    @Test
    void atLeastOnePlace() {
        assertThatThrownBy(() -> new QueryGate(QueryGate.Limits.simple(0, Duration.ofSeconds(1)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(QueryGate.defaultAtOnce()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aQueryPastTheMarkLeavesItsPlaceForTheLongLaneAndIsKnownThere() throws Exception {
        QueryGate gate = laned(1, Duration.ofMillis(100));
        CountDownLatch leave = new CountDownLatch(1);
        Thread slow = pastTheMark(gate, leave);
        assertThat(memory.knows(LongQueryMemory.key(SLOW))).as("past the mark within 10 s").isTrue();
        AtomicInteger ran = new AtomicInteger();
        long start = System.nanoTime();
        pass(gate, query(QUICK), new Response(), (rq, rs) -> ran.incrementAndGet());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the only place is free again")
                .isLessThan(Duration.ofSeconds(1));
        assertThat(ran).hasValue(1);
        leave.countDown();
        slow.join();
    }

    @Test
    void aKnownLongQueryTakesNoPlaceAndIsRefusedAtOnceWhenTheLongLaneIsFull() throws Exception {
        memory.ranLong(LongQueryMemory.key(SLOW));
        QueryGate gate = laned(1, Duration.ofSeconds(2));
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch leave = new CountDownLatch(1);
        Thread regular = new Thread(() -> pass(gate, query(QUICK), new Response(), (rq, rs) -> {
            inside.countDown();
            await(leave);
        }));
        Thread known = new Thread(() -> pass(gate, query(SLOW), new Response(), (rq, rs) -> {
            inside.countDown();
            await(leave);
        }));
        regular.start();
        known.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).as("the known query ran beside the one regular place").isTrue();

        AtomicInteger ran = new AtomicInteger();
        Response refused = new Response();
        long start = System.nanoTime();
        Query rewritten = QueryFactory.create(SLOW_TEXT.replace("{", "{ # again\n"));
        pass(gate, query(rewritten), refused, (rq, rs) -> ran.incrementAndGet());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(ran).hasValue(0);
        assertThat(refused.status).isEqualTo(503);
        assertThat(refused.headers).containsEntry("Retry-After", "10");
        assertThat(refused.body.toString()).contains("ran longer than 2 s lately").contains("1 places for long");
        leave.countDown();
        regular.join();
        known.join();
    }

    @Test
    void aQueryThatBecomesLongWhenTheLongLaneIsFullIsStoppedAndKnownAfter() throws Exception {
        QueryGate gate = laned(2, Duration.ofMillis(100));
        CountDownLatch leave = new CountDownLatch(1);
        Thread first = pastTheMark(gate, leave);
        long start = System.nanoTime();
        AtomicInteger stopped = new AtomicInteger();
        pass(gate, query(QUICK), new Response(), (rq, rs) -> {
            try {
                while (System.nanoTime() - start < Duration.ofSeconds(5).toNanos()) {
                    QueryDeadline.check();
                    Thread.sleep(10);
                }
            } catch (org.apache.jena.query.QueryCancelledException e) {
                stopped.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(stopped).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(memory.knows(LongQueryMemory.key(QUICK))).isTrue();
        leave.countDown();
        first.join();
    }

    @Test
    void aQueryThatRanIntoTheTimeoutIsRefusedAtOnceNextTime() {
        QueryGate gate = new QueryGate(new QueryGate.Limits(1, 1, 64, 1, Duration.ofMillis(100),
                Duration.ofMillis(400)), memory);
        pass(gate, query(SLOW), new Response(), (rq, rs) -> await(new CountDownLatch(1), Duration.ofMillis(600)));
        assertThat(memory.refusedFor(LongQueryMemory.key(SLOW))).isPositive();

        AtomicInteger ran = new AtomicInteger();
        Response refused = new Response();
        long start = System.nanoTime();
        pass(gate, query(SLOW), refused, (rq, rs) -> ran.incrementAndGet());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(ran).hasValue(0);
        assertThat(refused.status).isEqualTo(503);
        assertThat(refused.headers).containsEntry("Retry-After", "60");
        assertThat(refused.body.toString()).contains("ran into the 0.4 s timeout lately");
        pass(gate, query(QUICK), new Response(), (rq, rs) -> ran.incrementAndGet());
        assertThat(ran).as("another query runs").hasValue(1);
    }

    @Test
    void aKnownQueryThatEndsBeforeTheMarkIsForgotten() {
        memory.ranLong(LongQueryMemory.key(SLOW));
        QueryGate gate = laned(1, Duration.ofSeconds(2));
        AtomicInteger ran = new AtomicInteger();
        pass(gate, query(SLOW), new Response(), (rq, rs) -> ran.incrementAndGet());
        assertThat(ran).hasValue(1);
        assertThat(memory.knows(LongQueryMemory.key(SLOW))).isFalse();
    }

    @Test
    void withoutALongLaneNothingIsRemembered() throws Exception {
        QueryGate gate = new QueryGate(QueryGate.Limits.simple(1, Duration.ofMillis(200)), memory);
        pass(gate, query(SLOW), new Response(), (rq, rs) -> await(new CountDownLatch(1), Duration.ofMillis(400)));
        assertThat(memory.size()).isZero();
    }

    private static final String SLOW_TEXT = "SELECT ?envoy { ?envoy <http://example.org/visited> ?a . ?b ?c ?d . ?e ?f ?g }";
    private static final Query SLOW = QueryFactory.create(SLOW_TEXT);
    private static final Query QUICK = QueryFactory.create("ASK { <http://example.org/envoy/Quillmore> ?p ?o }");

    /** A gate of {@code atOnce} places for anyone, a long lane of one place, a 10 s timeout. */
    private QueryGate laned(int atOnce, Duration longAfter) {
        return new QueryGate(new QueryGate.Limits(atOnce, atOnce, 64, 1, longAfter, Duration.ofSeconds(10)), memory);
    }

    /** A thread that runs the query through the gate until {@code leave}, started. */
    private static Thread holding(QueryGate gate, Query query, CountDownLatch leave) {
        Thread t = new Thread(() -> pass(gate, query(query), new Response(), (rq, rs) -> await(leave)));
        t.start();
        return t;
    }

    /** A thread that runs the slow query through the gate until {@code leave}, started and past the mark. */
    private Thread pastTheMark(QueryGate gate, CountDownLatch leave) throws InterruptedException {
        Thread t = holding(gate, SLOW, leave);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!memory.knows(LongQueryMemory.key(SLOW)) && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        Thread.sleep(50);
        return t;
    }

    /** A request from one address with a parsed query, as the query check leaves it. */
    private static HttpServletRequest query(Query query) {
        return (HttpServletRequest) Proxy.newProxyInstance(QueryGateTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getRemoteAddr" -> "192.0.2.7";
                    case "getAttribute" -> QueryGate.QUERY.equals(a[0]) ? query : null;
                    default -> null;
                });
    }

    private static void pass(QueryGate gate, Response response, FilterChain chain) {
        pass(gate, REQUEST, response, chain);
    }

    private static void pass(QueryGate gate, HttpServletRequest request, Response response, FilterChain chain) {
        try {
            gate.doFilter(request, response.proxy(), chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        await(latch, Duration.ofSeconds(10));
    }

    private static void await(CountDownLatch latch, Duration most) {
        try {
            latch.await(most.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The parts of a response the gate uses: status, headers, body. */
    private static final class Response {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        HttpServletResponse proxy() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
                        case "setStatus" -> {
                            status = (Integer) a[0];
                            yield null;
                        }
                        case "setHeader" -> {
                            headers.put((String) a[0], (String) a[1]);
                            yield null;
                        }
                        case "getOutputStream" -> out;
                        default -> null;
                    });
        }
    }
}
