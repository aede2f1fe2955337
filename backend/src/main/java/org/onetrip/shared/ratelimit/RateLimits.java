package org.onetrip.shared.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-client allowances for what the public can do without an account: filing (only accepted filings
 * count, see {@link #ifAllowed}), and looking a case up by its receipt code. Token buckets refilled continuously; an allowance exhausted answers 429.
 * The codes carry 80 random bits, so guessing is futile anyway; the limit keeps it from even being tried.
 */
@Component
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

    private static final int MAX_CLIENTS = 100_000;

    private final Clock clock;
    private final Map<Kind, Allowance> allowances;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The public allowances as given, the staff ones at their defaults: for tests. */
    public RateLimits(Clock clock, int filingsPerHour, int lookupsPerMinute) {
        this(clock, filingsPerHour, lookupsPerMinute, 5, 20, 10);
    }

    @Autowired
    public RateLimits(
            Clock clock,
            @Value("${onetrip.rate-limit.filings-per-hour:20}") int filingsPerHour,
            @Value("${onetrip.rate-limit.lookups-per-minute:30}") int lookupsPerMinute,
            @Value("${onetrip.rate-limit.sign-in-failures-per-account:5}") int failuresPerAccount,
            @Value("${onetrip.rate-limit.sign-in-failures-per-address:20}") int failuresPerAddress,
            @Value("${onetrip.rate-limit.case-intrusions-per-hour:10}") int intrusionsPerHour) {
        this.clock = clock;
        this.allowances = Map.of(
                Kind.FILING, new Allowance(filingsPerHour, Duration.ofHours(1)),
                Kind.LOOKUP, new Allowance(lookupsPerMinute, Duration.ofMinutes(1)),
                Kind.SIGN_IN_ACCOUNT, new Allowance(failuresPerAccount, Duration.ofMinutes(15)),
                Kind.SIGN_IN_ADDRESS, new Allowance(failuresPerAddress, Duration.ofMinutes(15)),
                Kind.CASE_INTRUSION, new Allowance(intrusionsPerHour, Duration.ofHours(1)));
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
        var bucket = buckets.get(kind + "|" + client);
        return bucket == null || bucket.available(allowances.get(kind), clock.millis()) >= 1;
    }

    /** Gives back one unit taken by {@link #tryAcquire} (never more than the allowance holds). */
    public void refund(Kind kind, String client) {
        var bucket = buckets.get(kind + "|" + client);
        if (bucket != null) {
            bucket.refund(allowances.get(kind));
        }
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

        synchronized double available(Allowance allowance, long now) {
            double perMilli = (double) allowance.capacity() / allowance.period().toMillis();
            return Math.min(allowance.capacity(), tokens + (now - lastRefill) * perMilli);
        }

        synchronized void refund(Allowance allowance) {
            tokens = Math.min(allowance.capacity(), tokens + 1);
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
