package org.onetrip.projections.support;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cluster's view of a tracking processor: every segment's stored token, who claims it and since when, read
 * from the shared token table without claiming anything, and how far the event store's head is. Each instance
 * knows only the segments it processes itself; this is what all of them together have done.
 */
public class ProjectionTokens {

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Serializer serializer;
    private final EventStore eventStore;
    private final Duration claimTimeout;
    private final TokenStore tokenStore;

    public ProjectionTokens(
            EntityManager entityManager,
            TransactionTemplate transactions,
            Serializer serializer,
            EventStore eventStore,
            Duration claimTimeout,
            TokenStore tokenStore) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.serializer = serializer;
        this.eventStore = eventStore;
        this.claimTimeout = claimTimeout;
        this.tokenStore = tokenStore;
    }

    /**
     * Replaces a processor's tokens by {@code segments} fresh ones at the start of the store: a replay with a new
     * division of the work. Only while no instance runs the processor (its claims are then released or expired).
     */
    public void redivide(String processor, int segments) {
        transactions.executeWithoutResult(status -> {
            entityManager
                    .createQuery("delete from TokenEntry t where t.processorName = :name")
                    .setParameter("name", processor)
                    .executeUpdate();
            entityManager.flush();
            tokenStore.initializeTokenSegments(processor, segments, eventStore.createTailToken());
        });
    }

    public List<StoredSegment> segments(String processor) {
        var now = Instant.now();
        return transactions.execute(status -> entityManager
                .createQuery(
                        "select t from TokenEntry t where t.processorName = :name order by t.segment", TokenEntry.class)
                .setParameter("name", processor)
                .getResultList()
                .stream()
                .map(entry -> {
                    var token = entry.getToken(serializer);
                    var owner = entry.getOwner();
                    boolean live = owner != null
                            && entry.timestamp().plus(claimTimeout).isAfter(now);
                    return new StoredSegment(
                            entry.getSegment(),
                            live ? owner : null,
                            entry.timestamp(),
                            position(token),
                            token instanceof ReplayToken);
                })
                .toList());
    }

    /** The position of the newest event in the store, or -1 when it holds none. */
    public long headPosition() {
        return position(eventStore.createHeadToken());
    }

    /** The position just before the oldest event in the store: where a replay starts. */
    public long tailPosition() {
        return position(eventStore.createTailToken());
    }

    /** Events the slowest segment still has to process, 0 when every segment is at the head (or none exists yet). */
    public long lag(String processor) {
        var segments = segments(processor);
        if (segments.isEmpty()) {
            return 0;
        }
        long head = headPosition();
        long slowest =
                segments.stream().mapToLong(StoredSegment::position).min().orElse(head);
        return Math.max(0, head - slowest);
    }

    static long position(TrackingToken token) {
        if (token == null) {
            return -1;
        }
        OptionalLong position = token.position();
        return position.isPresent() ? position.getAsLong() : -1;
    }

    /**
     * One segment as stored: its live owner (null when unclaimed or when the claim has expired, as after its owner
     * was killed), the last time its claim or token was written, and its position.
     */
    public record StoredSegment(int segment, String owner, Instant touchedAt, long position, boolean replaying) {}
}
