package org.onetrip.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.onetrip.cluster.RateLimitConfigurationAccess;
import org.onetrip.shared.ratelimit.RateLimits.Kind;
import org.onetrip.testing.PostgresSchema;

class RateLimitsTest {

    @Test
    void an_allowance_used_up_is_refused_and_the_refusal_counted() {
        var meters = new SimpleMeterRegistry();
        var limits = new RateLimits(
                RateLimits.Buckets.local(Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC)),
                3,
                2,
                meters);

        assertThat(limits.tryAcquire(Kind.LOOKUP, "10.0.0.1")).isTrue();
        assertThat(limits.tryAcquire(Kind.LOOKUP, "10.0.0.1")).isTrue();
        assertThat(limits.tryAcquire(Kind.LOOKUP, "10.0.0.1")).isFalse();
        assertThat(limits.tryAcquire(Kind.LOOKUP, "10.0.0.2"))
                .as("another client")
                .isTrue();
        assertThat(limits.tryAcquire(Kind.FILING, "10.0.0.1"))
                .as("another kind")
                .isTrue();

        assertThat(meters.get("onetrip.rate_limit.refusals")
                        .tag("kind", "lookup")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.get("onetrip.rate_limit.refusals")
                        .tag("kind", "filing")
                        .counter()
                        .count())
                .isZero();
    }

    @Test
    void two_instances_on_one_postgresql_database_share_one_allowance_per_client() {
        var whyNot = new StringBuilder();
        var postgres = PostgresSchema.create(whyNot);
        if (postgres.isEmpty()) {
            System.out.println("[SKIPPED] " + whyNot);
        }
        Assumptions.assumeTrue(postgres.isPresent(), whyNot::toString);
        try (var schema = postgres.get()) {
            var first = new RateLimits(
                    RateLimits.Buckets.shared(RateLimitConfigurationAccess.sharedBuckets(schema.dataSource())),
                    4,
                    30,
                    new SimpleMeterRegistry());
            var second = new RateLimits(
                    RateLimits.Buckets.shared(RateLimitConfigurationAccess.sharedBuckets(schema.dataSource())),
                    4,
                    30,
                    new SimpleMeterRegistry());

            assertThat(first.tryAcquire(Kind.FILING, "10.0.0.9")).isTrue();
            assertThat(second.tryAcquire(Kind.FILING, "10.0.0.9")).isTrue();
            assertThat(first.tryAcquire(Kind.FILING, "10.0.0.9")).isTrue();
            assertThat(second.tryAcquire(Kind.FILING, "10.0.0.9")).isTrue();
            assertThat(first.tryAcquire(Kind.FILING, "10.0.0.9"))
                    .as("four filings an hour, whichever instance served them")
                    .isFalse();
            assertThat(second.tryAcquire(Kind.FILING, "10.0.0.9")).isFalse();
            assertThat(second.tryAcquire(Kind.FILING, "10.0.0.10")).isTrue();
        }
    }
}
