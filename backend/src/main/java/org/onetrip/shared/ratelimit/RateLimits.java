package org.onetrip.shared.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
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
        boolean granted = bucket(kind, client).tryConsume(1);
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
        return bucket(kind, client).getAvailableTokens() >= 1;
    }

    /** Gives back one unit taken by {@link #tryAcquire} (never more than the allowance holds). */
    public void refund(Kind kind, String client) {
        bucket(kind, client).addTokens(1);
    }

    public Duration retryAfter(Kind kind) {
        var allowance = allowances.get(kind);
        return allowance.period().dividedBy(allowance.capacity());
    }

    private Bucket bucket(Kind kind, String client) {
        return buckets.bucket(kind + "|" + client, allowances.get(kind).configuration());
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

        Bucket bucket(String key, BucketConfiguration configuration);

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
            var byKey = new ConcurrentHashMap<String, Bucket>();
            return (key, configuration) -> {
                if (byKey.size() > 100_000) {
                    byKey.clear();
                }
                return byKey.computeIfAbsent(
                        key,
                        k -> Bucket.builder()
                                .withCustomTimePrecision(meter)
                                .addLimit(configuration.getBandwidths()[0])
                                .build());
            };
        }

        /** Buckets in a store every instance shares (Bucket4j's PostgreSQL proxy manager). */
        static Buckets shared(ProxyManager<String> proxies) {
            return (key, configuration) -> proxies.builder().build(key, () -> configuration);
        }
    }
}
