package org.onetrip.eventstore.contract;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Axon's {@link JpaEventStorageEngine}, built as the application's auto-configuration builds it (with a
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
        try {
            return JpaEventStorageEngine.builder()
                    .entityManagerProvider(new SimpleEntityManagerProvider(entityManager))
                    .transactionManager(new SpringTransactionManager(transactionManager))
                    .persistenceExceptionResolver(new SQLErrorCodesResolver(dataSource))
                    .eventSerializer(SERIALIZER)
                    .snapshotSerializer(SERIALIZER)
                    .upcasterChain(upcasterChain)
                    .snapshotFilter(snapshotFilter)
                    .build();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void write(Runnable write) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> write.run());
    }
}
