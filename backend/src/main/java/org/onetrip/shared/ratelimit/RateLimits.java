package org.onetrip.shared.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.util.concurrent.batch.BatchHelper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Per-client allowances: what the public can do without an account (filing, where only accepted filings
 * count, see {@link #ifAllowed}; looking a case up by its receipt code), failed sign-ins per account and per
 * address, and attempts on cases by staff with no business with them. Bucket4j token buckets refilled
 * continuously; an allowance exhausted answers 429.
 * The codes carry 80 random bits, so guessing is futile anyway; the limit keeps it from even being tried.
 * Where several instances share a PostgreSQL database the buckets live there ({@link Buckets#shared}), so a
 * client gets one allowance however the load balancer spreads its requests; on the embedded H2 database,
 * which only one process can open, they live in memory. Every refusal is counted
 * ({@code onetrip.rate_limit.refusals}, tagged with the kind).
 */
public class RateLimits {

    public enum Kind {
        FILING,
        LOOKUP,
        /** Failed password sign-ins per account (org.onetrip.security.ThrottledSignIn). */
        SIGN_IN_ACCOUNT,
        /** Failed password sign-ins per client address. */
        SIGN_IN_ADDRESS,
        /** Attempts on cases by staff with no business with them, per account (CaseCommands). */
        CASE_INTRUSION
    }

    /** The staff-side allowances: failed sign-ins per account and per address (15 minutes), intrusions per hour. */
    public record StaffAllowances(int failuresPerAccount, int failuresPerAddress, int intrusionsPerHour) {
        public static final StaffAllowances DEFAULTS = new StaffAllowances(5, 20, 10);
    }

    private final Buckets buckets;
    private final Map<Kind, Allowance> allowances = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> refusals = new EnumMap<>(Kind.class);

    /** In-memory buckets on the given clock, counted nowhere, staff allowances at their defaults: for tests. */
    public RateLimits(Clock clock, int filingsPerHour, int lookupsPerMinute) {
        this(clock, filingsPerHour, lookupsPerMinute, 5, 20, 10);
    }

    /** In-memory buckets on the given clock, counted nowhere: for one process and for tests. */
    public RateLimits(
            Clock clock,
            int filingsPerHour,
            int lookupsPerMinute,
            int failuresPerAccount,
            int failuresPerAddress,
            int intrusionsPerHour) {
        this(
                Buckets.local(clock),
                filingsPerHour,
                lookupsPerMinute,
                new StaffAllowances(failuresPerAccount, failuresPerAddress, intrusionsPerHour),
                new SimpleMeterRegistry());
    }

    public RateLimits(Buckets buckets, int filingsPerHour, int lookupsPerMinute, MeterRegistry meters) {
        this(buckets, filingsPerHour, lookupsPerMinute, StaffAllowances.DEFAULTS, meters);
    }

    public RateLimits(
            Buckets buckets, int filingsPerHour, int lookupsPerMinute, StaffAllowances staff, MeterRegistry meters) {
        this.buckets = buckets;
        allowances.put(Kind.FILING, new Allowance(filingsPerHour, Duration.ofHours(1)));
        allowances.put(Kind.LOOKUP, new Allowance(lookupsPerMinute, Duration.ofMinutes(1)));
        allowances.put(Kind.SIGN_IN_ACCOUNT, new Allowance(staff.failuresPerAccount(), Duration.ofMinutes(15)));
        allowances.put(Kind.SIGN_IN_ADDRESS, new Allowance(staff.failuresPerAddress(), Duration.ofMinutes(15)));
        allowances.put(Kind.CASE_INTRUSION, new Allowance(staff.intrusionsPerHour(), Duration.ofHours(1)));
        for (var kind : Kind.values()) {
            refusals.put(
                    kind,
                    Counter.builder("onetrip.rate_limit.refusals")
                            .description("Requests refused because the client's allowance was used up")
                            .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                            .register(meters));
        }
    }

    /** Takes one unit of the client's allowance; false, taking nothing, when none is left. */
    public boolean tryAcquire(Kind kind, String client) {
        boolean granted = onBucket(kind, client, bucket -> bucket.tryConsume(1));
        if (!granted) {
            refusals.get(kind).increment();
        }
        return granted;
    }

    /**
     * Runs {@code action} if {@code client} has a unit of allowance left, and gives the unit back unless
     * what it did was {@code accepted}: a refused or invalid request costs nothing. Empty when none is left.
     */
    public <T> Optional<T> ifAllowed(Kind kind, String client, Supplier<T> action, Predicate<T> accepted) {
        if (!tryAcquire(kind, client)) {
            return Optional.empty();
        }
        T done;
        try {
            done = action.get();
        } catch (RuntimeException e) {
            refund(kind, client);
            throw e;
        }
        if (!accepted.test(done)) {
            refund(kind, client);
        }
        return Optional.of(done);
    }

    /** Whether {@code client} has at least one unit left, taking nothing. */
    public boolean hasAllowance(Kind kind, String client) {
        return onBucket(kind, client, bucket -> bucket.getAvailableTokens() >= 1);
    }

    /** Gives back one unit taken by {@link #tryAcquire} (never more than the allowance holds). */
    public void refund(Kind kind, String client) {
        onBucket(kind, client, bucket -> {
            bucket.addTokens(1);
            return null;
        });
    }

    public Duration retryAfter(Kind kind) {
        var allowance = allowances.get(kind);
        return allowance.period().dividedBy(allowance.capacity());
    }

    private <T> T onBucket(Kind kind, String client, Function<Bucket, T> operation) {
        return buckets.with(kind + "|" + client, allowances.get(kind).configuration(), operation);
    }

    private record Allowance(int capacity, Duration period) {
        BucketConfiguration configuration() {
            return BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(capacity)
                            .refillGreedy(capacity, period)
                            .build())
                    .build();
        }
    }

    /** Where the buckets are kept. */
    public interface Buckets {

        /** What {@code operation} makes of the bucket kept under {@code key}. */
        <T> T with(String key, BucketConfiguration configuration, Function<Bucket, T> operation);

        /** One process's buckets, timed by {@code clock}; forgotten all at once past 100 000 clients. */
        static Buckets local(Clock clock) {
            var meter = new TimeMeter() {
                @Override
                public long currentTimeNanos() {
                    return clock.millis() * 1_000_000L;
                }

                @Override
                public boolean isWallClockBased() {
                    return true;
                }
            };
            var kept = new Kept(
                    100_000,
                    (key, configuration) -> Bucket.builder()
                            .withCustomTimePrecision(meter)
                            .addLimit(configuration.getBandwidths()[0])
                            .build());
            return new Buckets() {
                @Override
                public <T> T with(String key, BucketConfiguration configuration, Function<Bucket, T> operation) {
                    return operation.apply(kept.bucket(key, configuration));
                }
            };
        }

        /**
         * Buckets in a store every instance shares (Bucket4j's PostgreSQL proxy manager). Requests of one client
         * that arrive on one instance while its bucket is being read share the next round trip (Bucket4j's
         * batching, as exact as one at a time), so a busy address does not queue on its row's lock one request
         * after another. Batching lives in the proxy, so proxies are kept per key like local buckets; only busy
         * clients gain from it, and forgetting a proxy loses nothing (the allowance is in the database), so
         * they are forgotten past 10 000 clients.
         */
        static Buckets shared(ProxyManager<String> proxies) {
            var kept = new Kept(
                    10_000,
                    (key, configuration) -> proxies.builder()
                            .withOptimization(Optimizations.batching())
                            .build(key, () -> configuration));
            return new Buckets() {
                @Override
                public <T> T with(String key, BucketConfiguration configuration, Function<Bucket, T> operation) {
                    try {
                        return operation.apply(kept.bucket(key, configuration));
                    } catch (BatchHelper.BatchFailedException e) {
                        if (!(e.getCause() instanceof BucketNotFoundException)) {
                            throw e;
                        }
                        // Bucket4j 8.14 fails a batch of like requests when their bucket is not (or no longer)
                        // stored, where one request alone creates it; none of them took effect, so each is
                        // repeated alone
                        return operation.apply(proxies.builder().build(key, () -> configuration));
                    }
                }
            };
        }
    }

    /** One bucket per key, the same each time; all forgotten at once past {@code limit} keys. */
    private static final class Kept {

        private final Map<String, Bucket> byKey = new ConcurrentHashMap<>();
        private final int limit;
        private final BiFunction<String, BucketConfiguration, Bucket> make;

        Kept(int limit, BiFunction<String, BucketConfiguration, Bucket> make) {
            this.limit = limit;
            this.make = make;
        }

        Bucket bucket(String key, BucketConfiguration configuration) {
            if (byKey.size() > limit) {
                byKey.clear();
            }
            return byKey.computeIfAbsent(key, k -> make.apply(k, configuration));
        }
    }
}
