package org.onetrip.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onetrip.eventstore.jpa.GapSplittingJpaEventStorageEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Axon's {@link JpaEventStorageEngine} as the application builds it ({@link GapSplittingJpaEventStorageEngine}, with a
 * persistence exception resolver for the duplicate-key case), over a real database and EntityManager.
 */
abstract class JpaEventStorageEngineContract extends EventStorageEngineContract {

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Override
    protected EventStorageEngine engine(EventUpcaster upcasterChain, SnapshotFilter snapshotFilter) {
        return new GapSplittingJpaEventStorageEngine(
                builder().upcasterChain(upcasterChain).snapshotFilter(snapshotFilter));
    }

    private JpaEventStorageEngine.Builder builder() {
        try {
            return JpaEventStorageEngine.builder()
                    .entityManagerProvider(new SimpleEntityManagerProvider(entityManager))
                    .transactionManager(new SpringTransactionManager(transactionManager))
                    .persistenceExceptionResolver(new SQLErrorCodesResolver(dataSource))
                    .eventSerializer(SERIALIZER)
                    .snapshotSerializer(SERIALIZER);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Six events of one case, and a token of a reader that saw the third and fourth but not the first two
     * (committed after the fourth, as concurrent filings do): streaming from it yields the first two, then the last
     * two, whatever the batch size.
     */
    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {1, 2, 3, 4, 100})
    void eventsThatFillATokensGapsAreStreamedFirstThenThoseAfterTheToken(int batchSize) {
        var engine = new GapSplittingJpaEventStorageEngine(builder().batchSize(batchSize));
        var head = engine.createHeadToken();
        var caseId = newAggregateId();
        var events = IntStream.range(0, 6)
                .mapToObj(i -> event(caseId, i, new ContractEvents.ComplaintNoted("e" + i, i)))
                .toArray(EventMessage<?>[]::new);
        append(engine, events);
        var indices = streamFrom(engine, head, Set.of(caseId)).stream()
                .map(event -> ((GapAwareTrackingToken) event.trackingToken()).getIndex())
                .toList();

        var sawThirdAndFourth =
                GapAwareTrackingToken.newInstance(indices.get(3), List.of(indices.get(0), indices.get(1)));
        var streamed = streamFrom(engine, sawThirdAndFourth, Set.of(caseId));

        assertThat(streamed)
                .extracting(EventMessage::getIdentifier)
                .containsExactly(
                        events[0].getIdentifier(),
                        events[1].getIdentifier(),
                        events[4].getIdentifier(),
                        events[5].getIdentifier());
        var last = (GapAwareTrackingToken) streamed.get(3).trackingToken();
        assertThat(last.getIndex()).isEqualTo(indices.get(5));
        assertThat(last.getGaps()).doesNotContain(indices.get(0), indices.get(1));
    }

    @Override
    protected void write(Runnable write) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> write.run());
    }
}
