package org.onetrip.shared.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-client allowances for what the public can do without an account: filing, and looking a case
 * up by its receipt code. Token buckets refilled continuously; an allowance exhausted answers 429.
 * The codes carry 80 random bits, so guessing is futile anyway; the limit keeps it from even being tried.
 */
@Component
public class RateLimits {

    public enum Kind {
        FILING,
        LOOKUP
    }

    private static final int MAX_CLIENTS = 100_000;

    private final Clock clock;
    private final Map<Kind, Allowance> allowances;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(
            Clock clock,
            @Value("${onetrip.rate-limit.filings-per-hour:20}") int filingsPerHour,
            @Value("${onetrip.rate-limit.lookups-per-minute:30}") int lookupsPerMinute) {
        this.clock = clock;
        this.allowances = Map.of(
                Kind.FILING, new Allowance(filingsPerHour, Duration.ofHours(1)),
                Kind.LOOKUP, new Allowance(lookupsPerMinute, Duration.ofMinutes(1)));
    }

    /** Takes one unit of the client's allowance; false, taking nothing, when none is left. */
    public boolean tryAcquire(Kind kind, String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        var allowance = allowances.get(kind);
        return buckets.computeIfAbsent(kind + "|" + client, key -> new Bucket(allowance.capacity(), clock.millis()))
                .take(allowance, clock.millis());
    }

    public Duration retryAfter(Kind kind) {
        var allowance = allowances.get(kind);
        return allowance.period().dividedBy(allowance.capacity());
    }

    private record Allowance(int capacity, Duration period) {}

    private static final class Bucket {
        private double tokens;
        private long lastRefill;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.lastRefill = now;
        }

        synchronized boolean take(Allowance allowance, long now) {
            double perMilli = (double) allowance.capacity() / allowance.period().toMillis();
            tokens = Math.min(allowance.capacity(), tokens + (now - lastRefill) * perMilli);
            lastRefill = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
