package org.onetrip.integrity.query;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.onetrip.integrity.api.AggregateIntegrity;
import org.onetrip.integrity.api.IntegrityFinding;
import org.onetrip.integrity.api.IntegrityFinding.Kind;
import org.onetrip.integrity.chain.EventHashes;

/** Walks one aggregate's events in the order they are read and notes every break in its chain. */
final class ChainCheck {

    private final String aggregateId;
    private String aggregateType;
    private long expectedNext;
    private String previousLink;
    private boolean chainedSeen;
    private long events;
    private long legacy;
    private final List<IntegrityFinding> findings = new ArrayList<>();

    ChainCheck(String aggregateId) {
        this.aggregateId = aggregateId;
    }

    /** Checks the event and answers the hash of its content as stored now (a Merkle leaf). */
    String accept(DomainEventMessage<?> event, EventHashes hashes) {
        events++;
        aggregateType = event.getType();
        long n = event.getSequenceNumber();
        String computed = hashes.hash(event);
        String stored = EventHashes.storedHash(event);
        String storedPrev = EventHashes.storedPrevHash(event);
        boolean contiguous = n == expectedNext;
        if (n > expectedNext) {
            findings.add(new IntegrityFinding(
                    n,
                    Kind.MISSING_EVENTS,
                    "sequenceNumber",
                    String.valueOf(expectedNext),
                    String.valueOf(n),
                    "events " + expectedNext + (n - 1 > expectedNext ? "–" + (n - 1) : "") + " are missing"));
        } else if (n < expectedNext) {
            findings.add(new IntegrityFinding(
                    n,
                    Kind.OUT_OF_ORDER,
                    "sequenceNumber",
                    String.valueOf(expectedNext),
                    String.valueOf(n),
                    "read after event " + (expectedNext - 1)));
        }
        if (stored == null) {
            if (chainedSeen) {
                findings.add(new IntegrityFinding(
                        n,
                        Kind.HASH_REMOVED,
                        EventHashes.HASH,
                        "a hash",
                        "none",
                        "an unchained event after chained ones"));
            } else {
                legacy++;
            }
        } else {
            chainedSeen = true;
            if (!stored.equals(computed)) {
                findings.add(new IntegrityFinding(
                        n,
                        Kind.CONTENT_CHANGED,
                        EventHashes.HASH,
                        computed,
                        stored,
                        "the stored content no longer gives the stored hash"));
            }
            String expectedPrev = n == 0 ? EventHashes.GENESIS : contiguous ? previousLink : null;
            if (expectedPrev != null && !expectedPrev.equals(storedPrev)) {
                findings.add(new IntegrityFinding(
                        n,
                        Kind.LINK_BROKEN,
                        EventHashes.PREV_HASH,
                        expectedPrev,
                        String.valueOf(storedPrev),
                        n == 0
                                ? "the first event must link to the genesis value"
                                : "does not link to event " + (n - 1)));
            }
        }
        previousLink = stored != null ? stored : computed;
        expectedNext = Math.max(expectedNext, n + 1);
        return computed;
    }

    AggregateIntegrity result() {
        AggregateIntegrity.Status status;
        if (findings.isEmpty()) {
            status = chainedSeen ? AggregateIntegrity.Status.INTACT : AggregateIntegrity.Status.UNCHAINED_LEGACY;
        } else if (findings.stream().allMatch(f -> f.kind() == Kind.MISSING_EVENTS)) {
            status = AggregateIntegrity.Status.MISSING_EVENTS;
        } else {
            status = AggregateIntegrity.Status.BROKEN;
        }
        Long brokenAt = findings.isEmpty() ? null : findings.get(0).sequenceNumber();
        return new AggregateIntegrity(
                aggregateId, aggregateType, status, brokenAt, events, legacy, previousLink, List.copyOf(findings));
    }
}
