package org.onetrip.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.onetrip.cluster.RateLimitConfigurationAccess;
import org.onetrip.shared.ratelimit.RateLimits.Kind;
import org.onetrip.testing.PostgresSchema;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

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
        try (var schema = postgresOrSkip()) {
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

    @Test
    void a_client_gets_the_same_bucket_each_time_so_its_concurrent_requests_can_share_a_round_trip() {
        var shared = RateLimits.Buckets.shared(RateLimitConfigurationAccess.sharedBuckets(
                new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/never-connected")));
        var local = RateLimits.Buckets.local(Clock.systemUTC());
        var configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(1)))
                .build();

        for (var buckets : List.of(shared, local)) {
            Function<Bucket, Bucket> itself = bucket -> bucket;
            assertThat(buckets.with("FILING|10.0.0.1", configuration, itself))
                    .isSameAs(buckets.with("FILING|10.0.0.1", configuration, itself))
                    .isNotSameAs(buckets.with("FILING|10.0.0.2", configuration, itself));
        }
    }

    @Test
    void kept_buckets_are_forgotten_all_at_once_past_a_bound_proxies_sooner_than_local_allowances() {
        var configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(1)))
                .build();
        Function<Bucket, Bucket> itself = bucket -> bucket;
        var shared = RateLimits.Buckets.shared(RateLimitConfigurationAccess.sharedBuckets(
                new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/never-connected")));
        var local = RateLimits.Buckets.local(Clock.systemUTC());
        var firstShared = shared.with("client-0", configuration, itself);
        var firstLocal = local.with("client-0", configuration, itself);

        for (int i = 1; i <= 10_001; i++) {
            shared.with("client-" + i, configuration, itself);
            local.with("client-" + i, configuration, itself);
        }

        assertThat(shared.with("client-0", configuration, itself))
                .as("past 10 000 clients")
                .isNotSameAs(firstShared);
        assertThat(local.with("client-0", configuration, itself))
                .as("local buckets hold the allowance itself, up to 100 000 clients")
                .isSameAs(firstLocal);
        for (int i = 10_002; i <= 100_001; i++) {
            local.with("client-" + i, configuration, itself);
        }
        assertThat(local.with("client-0", configuration, itself)).isNotSameAs(firstLocal);
    }

    @Test
    void concurrent_requests_of_one_client_share_round_trips_to_postgresql_and_never_take_more_than_the_allowance()
            throws Exception {
        try (var schema = postgresOrSkip()) {
            var transactions = new AtomicInteger();
            var counted = new DelegatingDataSource(schema.dataSource()) {
                @Override
                public Connection getConnection() throws SQLException {
                    transactions.incrementAndGet();
                    return super.getConnection();
                }
            };
            var instances = List.of(
                    new RateLimits(
                            RateLimits.Buckets.shared(RateLimitConfigurationAccess.sharedBuckets(counted)),
                            100,
                            30,
                            new SimpleMeterRegistry()),
                    new RateLimits(
                            RateLimits.Buckets.shared(RateLimitConfigurationAccess.sharedBuckets(counted)),
                            100,
                            30,
                            new SimpleMeterRegistry()));
            int attempts = 160;

            assertThat(grantedConcurrently(instances, 16, attempts, "10.0.0.7"))
                    .as(
                            "a hundred filings an hour, however the attempts were batched and whichever instance served them")
                    .isEqualTo(100);
            assertThat(transactions.get())
                    .as("round trips for %d attempts", attempts)
                    .isLessThan(attempts / 2);

            try (var connection = schema.dataSource().getConnection()) {
                connection.createStatement().execute("delete from rate_limit_bucket");
            }
            assertThat(grantedConcurrently(instances, 16, attempts, "10.0.0.7"))
                    .as("the bucket removed (as the clean-up removes a refilled one) while its proxies are kept")
                    .isEqualTo(100);
        }
    }

    private static int grantedConcurrently(List<RateLimits> instances, int threads, int attempts, String client)
            throws Exception {
        var granted = new AtomicInteger();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var done = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                var limits = instances.get(t % instances.size());
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < attempts / threads; i++) {
                        if (limits.tryAcquire(Kind.FILING, client)) {
                            granted.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return granted.get();
    }

    /** A migrated schema of its own, or the test skipped (with the reason printed) when there is no PostgreSQL. */
    private static PostgresSchema postgresOrSkip() {
        var whyNot = new StringBuilder();
        var postgres = PostgresSchema.create(whyNot);
        if (postgres.isEmpty()) {
            System.out.println("[SKIPPED] " + whyNot);
        }
        Assumptions.assumeTrue(postgres.isPresent(), whyNot::toString);
        return postgres.get();
    }
}
