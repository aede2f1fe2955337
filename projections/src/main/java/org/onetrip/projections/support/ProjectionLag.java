package org.onetrip.projections.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each projection is behind the event store, for all instances together: in events (the store's head minus
 * the slowest segment's position) and in seconds (how long ago the store's head first passed the slowest segment's
 * position, from samples of the head taken every few seconds; 0 when caught up). Asked by the health check and the
 * metrics; worked out at most every two seconds.
 */
public class ProjectionLag {

    private static final Duration KEEP = Duration.ofHours(6);
    private static final Duration FRESH = Duration.ofSeconds(2);

    private final ProjectionTokens tokens;
    private final List<String> groups;
    private final Clock clock;
    private final Deque<Sample> heads = new ArrayDeque<>();
    private Map<String, Lag> latest = Map.of();
    private Instant computedAt = Instant.EPOCH;

    public ProjectionLag(ProjectionTokens tokens, List<String> groups, Clock clock) {
        this.tokens = tokens;
        this.groups = List.copyOf(groups);
        this.clock = clock;
    }

    public synchronized Map<String, Lag> current() {
        var now = clock.instant();
        if (Duration.between(computedAt, now).compareTo(FRESH) < 0) {
            return latest;
        }
        long head = sample(now);
        var lags = new HashMap<String, Lag>();
        for (var group : groups) {
            var segments = tokens.segments(group);
            if (segments.isEmpty()) {
                lags.put(group, new Lag(0, 0, 0));
                continue;
            }
            long slowest = segments.stream()
                    .mapToLong(ProjectionTokens.StoredSegment::position)
                    .min()
                    .getAsLong();
            long events = Math.max(0, head - slowest);
            lags.put(group, new Lag(events, events == 0 ? 0 : secondsSinceHeadPassed(slowest, now), segments.size()));
        }
        latest = Map.copyOf(lags);
        computedAt = now;
        return latest;
    }

    /** Records where the store's head is now; the maintenance timer calls it every few seconds. */
    public synchronized long sample(Instant now) {
        long head = tokens.headPosition();
        if (heads.isEmpty() || heads.peekLast().head() != head) {
            heads.addLast(new Sample(now, head));
        }
        while (heads.size() > 1 && Duration.between(heads.peekFirst().at(), now).compareTo(KEEP) > 0) {
            heads.removeFirst();
        }
        return head;
    }

    public void sample() {
        sample(clock.instant());
    }

    private double secondsSinceHeadPassed(long position, Instant now) {
        Instant passed = null;
        for (var sample : heads) {
            if (sample.head() > position) {
                passed = sample.at();
                break;
            }
        }
        if (passed == null) {
            return 0;
        }
        return Duration.between(passed, now).toMillis() / 1000.0;
    }

    private record Sample(Instant at, long head) {}

    /** {@code events} behind, {@code seconds} behind, over {@code segments} segments. */
    public record Lag(long events, double seconds, int segments) {}
}
