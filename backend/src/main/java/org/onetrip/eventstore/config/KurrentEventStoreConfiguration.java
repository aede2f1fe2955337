package org.onetrip.eventstore.config;

import io.kurrent.dbclient.KurrentDBClient;
import io.kurrent.dbclient.KurrentDBConnectionString;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.onetrip.eventstore.kurrent.KurrentEventStorageEngine;
import org.onetrip.eventstore.kurrent.KurrentStreamNames;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code onetrip.event-store=kurrent}: an {@link EventStorageEngine} bean on KurrentDB. Axon's Spring Boot
 * auto-configuration then skips its JPA event store and builds the embedded event store on this engine;
 * its JPA token store, sagas and dead letters stay on the application's database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "onetrip.event-store", havingValue = "kurrent")
public class KurrentEventStoreConfiguration {

    @Bean(destroyMethod = "shutdown")
    KurrentDBClient kurrentDBClient(EventStoreProperties properties) {
        String connectionString = properties.getKurrent().getConnectionString();
        if (connectionString == null || connectionString.isBlank()) {
            throw new IllegalStateException("onetrip.event-store=kurrent needs onetrip.kurrent.connection-string "
                    + "(for example kurrentdb://node1:2113,node2:2113,node3:2113?tls=false)");
        }
        return KurrentDBClient.create(KurrentDBConnectionString.parseOrThrow(connectionString));
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            KurrentDBClient client,
            EventStoreProperties properties,
            Serializer defaultSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration) {
        EventStoreProperties.Kurrent kurrent = properties.getKurrent();
        return KurrentEventStorageEngine.builder()
                .client(client)
                .streamNames(new KurrentStreamNames(kurrent.getStreamPrefix()))
                .batchSize(kurrent.getBatchSize())
                .snapshotsToKeep(kurrent.getSnapshotsToKeep())
                .timeout(kurrent.getTimeout())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .build();
    }
}
