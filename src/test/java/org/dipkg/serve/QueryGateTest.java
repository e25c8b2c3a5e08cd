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
import org.junit.jupiter.api.Test;

/** At most N requests pass the gate at once; the next waits up to the timeout, then gets 503. */
class QueryGateTest {
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

    private static void pass(QueryGate gate, Response response, FilterChain chain) {
        try {
            gate.doFilter(REQUEST, response.proxy(), chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
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
