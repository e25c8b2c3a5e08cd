package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** A query is known by what it asks, for a while after it ran long, and only so many are known. */
class LongQueryMemoryTest {
    private final AtomicLong now = new AtomicLong();
    private final LongQueryMemory memory = new LongQueryMemory(2, Duration.ofMinutes(10), Duration.ofMinutes(1),
            now::get);

    private static String key(String query) {
        return LongQueryMemory.key(QueryFactory.create(query));
    }

    @Test
    void spacingCommentsAndPrefixNamesMakeNoOtherQuery() {
        String plain = "PREFIX ex: <http://example.org/> SELECT ?envoy WHERE { ?envoy ex:visited ?city }";
        String reworded = "# who went where\nPREFIX trip:   <http://example.org/>\nSELECT ?envoy\nWHERE {\n"
                + "  ?envoy trip:visited ?city .   # any city\n}";
        String full = "SELECT ?envoy { ?envoy <http://example.org/visited> ?city }";
        assertThat(key(reworded)).isEqualTo(key(plain));
        assertThat(key(full)).isEqualTo(key(plain));
    }

    @Test
    void anotherConstantVariableFormOrLimitIsAnotherQuery() {
        String base = "SELECT ?envoy { ?envoy <http://example.org/visited> \"Varnholm\" }";
        assertThat(key("SELECT ?envoy { ?envoy <http://example.org/visited> \"Quellport\" }")).isNotEqualTo(key(base));
        assertThat(key("SELECT ?guest { ?guest <http://example.org/visited> \"Varnholm\" }")).isNotEqualTo(key(base));
        assertThat(key("ASK { ?envoy <http://example.org/visited> \"Varnholm\" }")).isNotEqualTo(key(base));
        assertThat(key(base + " LIMIT 5")).isNotEqualTo(key(base));
    }

    @Test
    void describingAnotherResourceIsAnotherQuery() {
        assertThat(key("DESCRIBE <http://example.org/envoy/1>"))
                .isNotEqualTo(key("DESCRIBE <http://example.org/envoy/2>"));
        assertThat(key("CONSTRUCT { ?e a <http://example.org/Envoy> } WHERE { ?e ?p ?o }"))
                .isNotEqualTo(key("CONSTRUCT { ?e a <http://example.org/Guest> } WHERE { ?e ?p ?o }"));
    }

    @Test
    void aQueryIsKnownUntilItsTimeHasPassed() {
        memory.ranLong("slow");
        now.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(memory.knows("slow")).isTrue();
        assertThat(memory.knows("other")).isFalse();
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(memory.knows("slow")).isFalse();
        assertThat(memory.size()).isZero();
    }

    @Test
    void runningLongAgainKeepsItKnownLonger() {
        memory.ranLong("slow");
        now.addAndGet(Duration.ofMinutes(8).toNanos());
        memory.ranLong("slow");
        now.addAndGet(Duration.ofMinutes(8).toNanos());
        assertThat(memory.knows("slow")).isTrue();
    }

    @Test
    void theLeastRecentlySeenIsForgottenFirst() {
        memory.ranLong("first");
        memory.ranLong("second");
        assertThat(memory.knows("first")).isTrue();
        memory.ranLong("third");
        assertThat(memory.size()).isEqualTo(2);
        assertThat(memory.knows("first")).isTrue();
        assertThat(memory.knows("second")).isFalse();
        assertThat(memory.knows("third")).isTrue();
    }

    @Test
    void aQueryThatRanIntoTheTimeoutIsRefusedForAWhileAndKnownAfter() {
        memory.ranLong("runaway");
        assertThat(memory.refusedFor("runaway")).isZero();
        memory.ranOut("runaway");
        assertThat(memory.refusedFor("runaway")).isEqualTo(Duration.ofMinutes(1));
        now.addAndGet(Duration.ofSeconds(45).toNanos());
        assertThat(memory.refusedFor("runaway")).isEqualTo(Duration.ofSeconds(15));
        memory.ranLong("runaway");
        assertThat(memory.refusedFor("runaway")).as("running long keeps the refusal").isEqualTo(Duration.ofSeconds(15));
        now.addAndGet(Duration.ofSeconds(15).toNanos());
        assertThat(memory.refusedFor("runaway")).isZero();
        assertThat(memory.knows("runaway")).isTrue();
        assertThat(memory.refusedFor("never seen")).isZero();
    }

    @Test
    void aForgottenQueryIsNotKnown() {
        memory.ranLong("slow");
        memory.forget("slow");
        assertThat(memory.knows("slow")).isFalse();
    }

    @Test
    void capacityAndExpiryMustBePositive() {
        assertThatThrownBy(() -> new LongQueryMemory(0, Duration.ofMinutes(1), Duration.ZERO, now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LongQueryMemory(1, Duration.ZERO, Duration.ZERO, now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LongQueryMemory(1, Duration.ofMinutes(1), Duration.ofMinutes(2), now::get))
                .as("refused longer than known").isInstanceOf(IllegalArgumentException.class);
    }
}
