package org.onetrip.eventstore.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.eventstore.contract.ContractEvents.ComplaintNoted;
import org.onetrip.eventstore.contract.JpaEventStoreTestContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migration's copy and verification from the embedded JPA store (real H2) to a real Axon
 * {@link InMemoryEventStorageEngine} standing in for KurrentDB, which needs Docker here; the same
 * {@link EventStoreMigration} runs against KurrentDB in {@code KurrentMigrationTest}.
 */
@SpringBootTest(
        classes = JpaEventStoreTestContext.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:migration-source;DB_CLOSE_DELAY=-1",
            "spring.jpa.hibernate.ddl-auto=create-drop"
        })
class JpaToAxonEngineMigrationTest {

    static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    EventStorageEngine jpa;
    MigrationSource source;
    final List<DomainEventMessage<?>> written = new ArrayList<>();
    final String a = UUID.randomUUID().toString();
    final String b = UUID.randomUUID().toString();
    final String c = "calendar-national"; // not a UUID, like the working calendar's id

    @BeforeEach
    void aStoreWithInterleavedAggregates() throws SQLException {
        jdbc.update("delete from domain_event_entry");
        jpa = JpaEventStorageEngine.builder()
                .entityManagerProvider(new SimpleEntityManagerProvider(entityManager))
                .transactionManager(new SpringTransactionManager(transactionManager))
                .persistenceExceptionResolver(new SQLErrorCodesResolver(dataSource))
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .build();
        source = new JpaMigrationSource(entityManager, 2); // tiny pages: paging is part of the test
        append(event(a, 0, "filed"), event(a, 1, "accepted"));
        append(event(b, 0, "filed 推诿"));
        append(event(a, 2, "assigned"));
        append(event(c, 0, "2026 published"), event(c, 1, "2026 corrected"), event(c, 2, "2027 published"));
    }

    private DomainEventMessage<?> event(String aggregate, long sequence, String text) {
        DomainEventMessage<?> event = new GenericDomainEventMessage<>(
                "Case",
                aggregate,
                sequence,
                new ComplaintNoted(text, (int) sequence),
                MetaData.with("actor", "clerk-" + sequence),
                sequence == 1 ? "event-" + UUID.randomUUID() : UUID.randomUUID().toString(),
                Instant.parse("2025-11-04T02:00:00.123Z").plusSeconds(written.size()));
        written.add(event);
        return event;
    }

    private void append(EventMessage<?>... events) {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> jpa.appendEvents(events));
    }

    private static List<StoredEvent> all(Stream<StoredEvent> events) {
        try (events) {
            return events.toList();
        }
    }

    @Test
    void theCopyKeepsIdsTimestampsMetadataPayloadBytesAndTheGlobalOrder() {
        InMemoryEventStorageEngine memory = new InMemoryEventStorageEngine();
        MigrationTarget target = new AxonEngineMigrationTarget(memory, SERIALIZER, "in-memory Axon engine");
        EventStoreMigration migration = new EventStoreMigration(500);

        long copied = migration.copy(source, target, n -> {});
        MigrationReport report = migration.verify(source, target, copied);

        assertThat(copied).isEqualTo(7);
        assertThat(report.matches()).as(report.render()).isTrue();
        assertThat(report.streams()).isEqualTo(3);
        assertThat(report.sourceEvents()).isEqualTo(7);
        assertThat(all(target.inGlobalOrder())).containsExactlyElementsOf(all(source.inGlobalOrder()));
        assertThat(memory.readEvents(null, false)
                        .map(EventMessage::getIdentifier)
                        .toList())
                .containsExactlyElementsOf(
                        written.stream().map(EventMessage::getIdentifier).toList());
        DomainEventMessage<?> copiedFirst = memory.readEvents(a).next();
        assertThat(copiedFirst.getTimestamp()).isEqualTo(written.get(0).getTimestamp());
        assertThat(copiedFirst.getMetaData()).containsEntry("actor", "clerk-0");
        assertThat(copiedFirst.getPayload()).isEqualTo(new ComplaintNoted("filed", 0));
        assertThat(report.render()).contains("RESULT: OK").contains("3 of 3 match");
    }

    @Test
    void anEventAddedToTheSourceAfterTheCopyIsReportedAsAMismatchOfItsStream() {
        MigrationTarget target = new AxonEngineMigrationTarget(new InMemoryEventStorageEngine(), SERIALIZER, "memory");
        EventStoreMigration migration = new EventStoreMigration(500);
        long copied = migration.copy(source, target, n -> {});

        append(event(b, 1, "answered while the copy ran"));
        MigrationReport report = migration.verify(source, target, copied);

        assertThat(report.matches()).isFalse();
        assertThat(report.sourceEvents()).isEqualTo(8);
        assertThat(report.targetEvents()).isEqualTo(7);
        assertThat(report.mismatches())
                .singleElement()
                .asString()
                .contains("aggregate " + b)
                .contains("2 events")
                .contains("1 events");
        assertThat(report.render()).contains("RESULT: MISMATCH");
    }

    @Test
    void aForeignEventInTheTargetBreaksTheCountTheStreamChecksumAndTheOrder() {
        InMemoryEventStorageEngine memory = new InMemoryEventStorageEngine();
        MigrationTarget target = new AxonEngineMigrationTarget(memory, SERIALIZER, "memory");
        EventStoreMigration migration = new EventStoreMigration(500);
        long copied = migration.copy(source, target, n -> {});

        memory.appendEvents(new GenericDomainEventMessage<>("Case", c, 3, new ComplaintNoted("forged", 3)));
        MigrationReport report = migration.verify(source, target, copied);

        assertThat(report.matches()).isFalse();
        assertThat(report.targetEvents()).isEqualTo(8);
        assertThat(report.matchingStreams()).isEqualTo(2);
        assertThat(report.mismatches()).singleElement().asString().contains("aggregate " + c);
        assertThat(report.sourceOrderChecksum()).isNotEqualTo(report.targetOrderChecksum());
    }

    @Test
    void theJpaStoreVerifiedAgainstItselfThroughAxonsApiMatches() {
        MigrationReport report = new EventStoreMigration(500)
                .verify(source, new AxonEngineMigrationTarget(jpa, SERIALIZER, "the same JPA store through Axon"), 0);

        assertThat(report.matches()).as(report.render()).isTrue();
        assertThat(report.streams()).isEqualTo(3);
    }

    @Test
    void batchesFollowUnitsOfWorkAndNeverMixAggregates() {
        List<List<StoredEvent>> appends = new ArrayList<>();
        MigrationTarget recording =
                new AxonEngineMigrationTarget(new InMemoryEventStorageEngine(), SERIALIZER, "memory") {
                    @Override
                    public void append(List<StoredEvent> eventsOfOneAggregate) {
                        appends.add(eventsOfOneAggregate);
                        super.append(eventsOfOneAggregate);
                    }
                };

        new EventStoreMigration(2).copy(source, recording, n -> {});

        assertThat(appends).extracting(List::size).containsExactly(2, 1, 1, 2, 1);
        assertThat(appends)
                .allSatisfy(batch -> assertThat(batch)
                        .extracting(StoredEvent::aggregateIdentifier)
                        .containsOnly(batch.get(0).aggregateIdentifier()));
    }

    @Test
    void theCommandCopiesPrintsTheReportAndExitsZeroThenRefusesToCopyTwice() {
        MigrationTarget target = new AxonEngineMigrationTarget(new InMemoryEventStorageEngine(), SERIALIZER, "memory");
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();

        int code = KurrentMigrationRunner.migrate(source, target, false, new java.io.PrintStream(first, true));

        assertThat(code).isEqualTo(KurrentMigrationRunner.OK);
        assertThat(first.toString())
                .contains("Copying")
                .contains("events:          7 in source, 7 in target (equal)")
                .contains("RESULT: OK");

        java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
        assertThat(KurrentMigrationRunner.migrate(source, target, false, new java.io.PrintStream(second, true)))
                .isEqualTo(KurrentMigrationRunner.FAILED);
        assertThat(second.toString()).contains("already holds events");

        java.io.ByteArrayOutputStream check = new java.io.ByteArrayOutputStream();
        assertThat(KurrentMigrationRunner.migrate(source, target, true, new java.io.PrintStream(check, true)))
                .isEqualTo(KurrentMigrationRunner.OK);
        assertThat(check.toString()).contains("copied now:      0 events").contains("RESULT: OK");
    }

    @Test
    void theCommandExitsTwoWhenTheVerificationFails() {
        MigrationTarget target = new AxonEngineMigrationTarget(new InMemoryEventStorageEngine(), SERIALIZER, "memory");
        new EventStoreMigration(500).copy(source, target, n -> {});
        append(event(b, 1, "late"));

        int code = KurrentMigrationRunner.migrate(
                source, target, true, new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true));

        assertThat(code).isEqualTo(KurrentMigrationRunner.MISMATCH);
    }

    @Test
    void passwordsInTheConnectionStringAreNotPrinted() {
        assertThat(KurrentMigrationRunner.redact("kurrentdb://admin:changeit@node1:2113?tls=true"))
                .isEqualTo("kurrentdb://***@node1:2113?tls=true");
    }
}
