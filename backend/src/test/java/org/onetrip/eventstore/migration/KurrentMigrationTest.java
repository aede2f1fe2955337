package org.onetrip.eventstore.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kurrent.dbclient.KurrentDBClient;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.onetrip.eventstore.contract.ContractEvents.ComplaintNoted;
import org.onetrip.eventstore.contract.JpaEventStoreTestContext;
import org.onetrip.eventstore.kurrent.KurrentEventStorageEngine;
import org.onetrip.eventstore.kurrent.KurrentTestServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The migration from real H2 into a real KurrentDB; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(
        classes = JpaEventStoreTestContext.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:kurrent-migration;DB_CLOSE_DELAY=-1",
            "spring.jpa.hibernate.ddl-auto=create-drop"
        })
class KurrentMigrationTest {

    @Container
    static final GenericContainer<?> KURRENT = KurrentTestServer.container();

    static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void everyEventIsCopiedToItsAggregatesStreamAndTheCopyVerifies() throws Exception {
        JpaEventStorageEngine jpa = JpaEventStorageEngine.builder()
                .entityManagerProvider(new SimpleEntityManagerProvider(entityManager))
                .transactionManager(new SpringTransactionManager(transactionManager))
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .build();
        String a = UUID.randomUUID().toString();
        String b = "calendar-national";
        List<DomainEventMessage<?>> events = List.of(event(a, 0), event(a, 1), event(b, 0), event(a, 2), event(b, 1));
        for (DomainEventMessage<?> e : events) {
            new TransactionTemplate(transactionManager).executeWithoutResult(s -> jpa.appendEvents(e));
        }
        KurrentDBClient client = KurrentTestServer.client(KURRENT);
        try {
            KurrentEventStorageEngine kurrent = KurrentEventStorageEngine.builder()
                    .client(client)
                    .serializer(SERIALIZER)
                    .build();
            MigrationSource source = new JpaMigrationSource(entityManager, 2);
            MigrationTarget target = new KurrentMigrationTarget(kurrent, "KurrentDB (test container)");

            int code = KurrentMigrationRunner.migrate(source, target, false, System.out);

            assertThat(code).isEqualTo(KurrentMigrationRunner.OK);
            assertThat(kurrent.readEvents(null, false)
                            .map(EventMessage::getIdentifier)
                            .toList())
                    .containsExactlyElementsOf(
                            events.stream().map(EventMessage::getIdentifier).toList());
            DomainEventMessage<?> copied = kurrent.readEvents(b).next();
            assertThat(copied.getIdentifier()).isEqualTo(events.get(2).getIdentifier());
            assertThat(copied.getTimestamp()).isEqualTo(events.get(2).getTimestamp());
            assertThat(copied.getMetaData()).containsEntry("actor", "clerk");
        } finally {
            client.shutdown().get();
        }
    }

    private static DomainEventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "Case",
                aggregate,
                sequence,
                new ComplaintNoted("n" + sequence, 1),
                MetaData.with("actor", "clerk"),
                sequence == 1 ? "event-" + UUID.randomUUID() : UUID.randomUUID().toString(),
                Instant.parse("2025-11-04T02:00:00.5Z").plusSeconds(sequence));
    }
}
