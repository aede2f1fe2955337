package org.onetrip.eventstore.migration;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;

/**
 * Reads Axon's JPA event table ({@code domain_event_entry}) directly, page by page, so events come out
 * exactly as stored (no upcasting, no re-serialization). Memory use is one page.
 */
public class JpaMigrationSource implements MigrationSource {

    private final EntityManager entityManager;
    private final int pageSize;

    public JpaMigrationSource(EntityManager entityManager, int pageSize) {
        this.entityManager = entityManager;
        this.pageSize = pageSize;
    }

    @Override
    public Stream<StoredEvent> inGlobalOrder() {
        return StreamSupport.stream(
                new Pages() {
                    long lastIndex = Long.MIN_VALUE;

                    @Override
                    List<DomainEventEntry> next() {
                        List<Object[]> rows = entityManager
                                .createQuery(
                                        "select e.globalIndex, e from DomainEventEntry e where e.globalIndex > :last"
                                                + " order by e.globalIndex",
                                        Object[].class)
                                .setParameter("last", lastIndex)
                                .setMaxResults(pageSize)
                                .getResultList();
                        if (!rows.isEmpty()) {
                            lastIndex = (Long) rows.get(rows.size() - 1)[0];
                        }
                        return rows.stream()
                                .map(row -> (DomainEventEntry) row[1])
                                .toList();
                    }
                },
                false);
    }

    @Override
    public Stream<StoredEvent> inAggregateOrder() {
        return StreamSupport.stream(
                new Pages() {
                    String lastAggregate = "";
                    long lastSequence = Long.MIN_VALUE;

                    @Override
                    List<DomainEventEntry> next() {
                        List<DomainEventEntry> page = entityManager
                                .createQuery(
                                        "select e from DomainEventEntry e where e.aggregateIdentifier > :aggregate"
                                                + " or (e.aggregateIdentifier = :aggregate and e.sequenceNumber > :sequence)"
                                                + " order by e.aggregateIdentifier, e.sequenceNumber",
                                        DomainEventEntry.class)
                                .setParameter("aggregate", lastAggregate)
                                .setParameter("sequence", lastSequence)
                                .setMaxResults(pageSize)
                                .getResultList();
                        if (!page.isEmpty()) {
                            DomainEventEntry last = page.get(page.size() - 1);
                            lastAggregate = last.getAggregateIdentifier();
                            lastSequence = last.getSequenceNumber();
                        }
                        return page;
                    }
                },
                false);
    }

    @Override
    public String describe() {
        return "the JPA event store (domain_event_entry)";
    }

    private abstract class Pages extends Spliterators.AbstractSpliterator<StoredEvent> {
        private List<DomainEventEntry> page = List.of();
        private int position;
        private boolean done;

        Pages() {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        }

        abstract List<DomainEventEntry> next();

        @Override
        public boolean tryAdvance(Consumer<? super StoredEvent> action) {
            if (position >= page.size()) {
                if (done) {
                    return false;
                }
                page = next();
                position = 0;
                entityManager.clear();
                done = page.size() < pageSize;
                if (page.isEmpty()) {
                    return false;
                }
            }
            action.accept(StoredEvent.of(page.get(position++)));
            return true;
        }
    }
}
