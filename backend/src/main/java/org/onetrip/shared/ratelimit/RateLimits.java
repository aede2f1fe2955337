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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client allowances for what the public can do without an account: filing, and looking a case
 * up by its receipt code. Bucket4j token buckets refilled continuously; an allowance exhausted answers 429.
 * The codes carry 80 random bits, so guessing is futile anyway; the limit keeps it from even being tried.
 * Where several instances share a PostgreSQL database the buckets live there ({@link Buckets#shared}), so a
 * client gets one allowance however the load balancer spreads its requests; on the embedded H2 database,
 * which only one process can open, they live in memory. Every refusal is counted
 * ({@code onetrip.rate_limit.refusals}, tagged with the kind).
 */
public class RateLimits {

    public enum Kind {
        FILING,
        LOOKUP
    }

    private final Buckets buckets;
    private final Map<Kind, Allowance> allowances = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> refusals = new EnumMap<>(Kind.class);

    /** In-memory buckets on the given clock, counted nowhere: for one process and for tests. */
    public RateLimits(Clock clock, int filingsPerHour, int lookupsPerMinute) {
        this(Buckets.local(clock), filingsPerHour, lookupsPerMinute, new SimpleMeterRegistry());
    }

    public RateLimits(Buckets buckets, int filingsPerHour, int lookupsPerMinute, MeterRegistry meters) {
        this.buckets = buckets;
        allowances.put(Kind.FILING, new Allowance(filingsPerHour, Duration.ofHours(1)));
        allowances.put(Kind.LOOKUP, new Allowance(lookupsPerMinute, Duration.ofMinutes(1)));
        for (var kind : Kind.values()) {
            refusals.put(
                    kind,
                    Counter.builder("onetrip.rate_limit.refusals")
                            .description("Public requests refused because the client's allowance was used up")
                            .tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                            .register(meters));
        }
    }

    /** Takes one unit of the client's allowance; false, taking nothing, when none is left. */
    public boolean tryAcquire(Kind kind, String client) {
        var allowance = allowances.get(kind);
        boolean granted = buckets.tryConsume(kind + "|" + client, allowance.configuration());
        if (!granted) {
            refusals.get(kind).increment();
        }
        return granted;
    }

    public Duration retryAfter(Kind kind) {
        var allowance = allowances.get(kind);
        return allowance.period().dividedBy(allowance.capacity());
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

        boolean tryConsume(String key, BucketConfiguration configuration);

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
                                        .build())
                        .tryConsume(1);
            };
        }

        /** Buckets in a store every instance shares (Bucket4j's PostgreSQL proxy manager). */
        static Buckets shared(ProxyManager<String> proxies) {
            return (key, configuration) ->
                    proxies.builder().build(key, () -> configuration).tryConsume(1);
        }
    }
}
