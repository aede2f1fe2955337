package org.onetrip.eventstore.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.onetrip.eventstore.jpa.GapSplittingJpaEventStorageEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code onetrip.event-store=jpa} (the default): the engine Axon's Spring Boot auto-configuration would build,
 * plus {@code onetrip.jpa.batch-size}, which that auto-configuration does not expose, reading a token's gaps as
 * {@link GapSplittingJpaEventStorageEngine} does. Defining the bean makes
 * the auto-configuration step back, so this class also registers the event entities it would have registered.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "onetrip.event-store", havingValue = "jpa", matchIfMissing = true)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class JpaEventStoreConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(
            EventStoreProperties properties,
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            EntityManagerProvider entityManagerProvider,
            TransactionManager transactionManager) {
        return new GapSplittingJpaEventStorageEngine(JpaEventStorageEngine.builder()
                .batchSize(properties.getJpa().getBatchSize())
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager));
    }
}
