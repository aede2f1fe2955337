package org.onetrip.eventstore.jpa;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

/**
 * Axon's JPA engine, reading a tracking token's gaps and the events after the token in two queries. Axon asks for
 * {@code globalIndex > :token OR globalIndex IN :gaps} in one, which H2 plans as a walk along the whole table from
 * its first row: with 32 clients filing, the event store's reader thread did that on every poll and allocated two
 * thirds of the application's garbage (docs/benchmarks.md, round 9). Each half alone is a range of the primary key,
 * on H2 and on PostgreSQL.
 */
public class GapSplittingJpaEventStorageEngine extends JpaEventStorageEngine {

    private static final String SELECTED = "SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber,"
            + " e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData FROM ";

    public GapSplittingJpaEventStorageEngine(JpaEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return super.fetchEvents(token);
        }
        // Every gap lies below the token's index, so the gaps' events come first in the order Axon expects.
        var events = new ArrayList<>(eventsWhere("e.globalIndex IN :gaps")
                .setParameter("gaps", token.getGaps())
                .setMaxResults(batchSize())
                .getResultList());
        if (events.size() < batchSize()) {
            events.addAll(eventsWhere("e.globalIndex > :token")
                    .setParameter("token", token.getIndex())
                    .setMaxResults(batchSize() - events.size())
                    .getResultList());
        }
        return events;
    }

    private TypedQuery<Object[]> eventsWhere(String condition) {
        return entityManager()
                .createQuery(
                        SELECTED + domainEventEntryEntityName() + " e WHERE " + condition
                                + " ORDER BY e.globalIndex ASC",
                        Object[].class);
    }
}
