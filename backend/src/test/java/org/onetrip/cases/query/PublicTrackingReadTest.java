package org.onetrip.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.security.SecurityEvent;
import org.onetrip.security.SecurityEventRepository;
import org.onetrip.security.SecurityLog;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A public tracking reads the registry's row for the receipt code and then the case's stream: on one connection,
 * in one read-only transaction, on the JPA event store as the embedded default and PostgreSQL run it.
 */
@JpaRowsTest(classes = PublicTrackingReadTest.Reads.class)
class PublicTrackingReadTest {

    @SpringBootConfiguration
    @EntityScan(basePackageClasses = {CaseRegistryEntry.class, DomainEventEntry.class, SecurityEvent.class})
    @EnableJpaRepositories(basePackageClasses = {CaseRegistryRepository.class, SecurityEventRepository.class})
    @Import({CaseHistory.class, CaseTimelineQueries.class})
    static class Reads {

        @Bean
        SecurityLog securityLog(SecurityEventRepository events) {
            return new SecurityLog(events, Clock.systemUTC());
        }

        @Bean
        RateLimits rateLimits() {
            return new RateLimits(Clock.systemUTC(), 20, 30);
        }

        static final AtomicInteger CONNECTIONS = new AtomicInteger();

        @Bean
        static BeanPostProcessor countingConnections() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
                        return bean;
                    }
                    return new DelegatingDataSource(dataSource) {
                        @Override
                        public java.sql.Connection getConnection() throws java.sql.SQLException {
                            CONNECTIONS.incrementAndGet();
                            return super.getConnection();
                        }
                    };
                }
            };
        }

        @Bean
        EventStorageEngine eventStorageEngine(
                EntityManagerFactory entities, PlatformTransactionManager transactions, ObjectMapper json) {
            var serializer = JacksonSerializer.builder().objectMapper(json).build();
            return JpaEventStorageEngine.builder()
                    .entityManagerProvider(new SimpleEntityManagerProvider(
                            SharedEntityManagerCreator.createSharedEntityManager(entities)))
                    .transactionManager(new SpringTransactionManager(transactions))
                    .eventSerializer(serializer)
                    .snapshotSerializer(serializer)
                    .build();
        }

        @Bean(destroyMethod = "shutDown")
        EventStore eventStore(EventStorageEngine engine) {
            return EmbeddedEventStore.builder().storageEngine(engine).build();
        }
    }

    @Autowired
    CaseHistory history;

    @Autowired
    EventStorageEngine engine;

    @Autowired
    CaseRegistryRepository registry;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManagerFactory entities;

    @Test
    void tracking_a_case_reads_its_registry_row_and_its_events_on_one_connection_in_one_read_only_transaction() {
        var filed = FiledCases.anonymousComplaint(
                "case-tracked-1",
                new EventContext("e-1", Actor.PUBLIC, Channel.PORTAL, Instant.parse("2026-12-04T02:00:00Z")));
        transactions.executeWithoutResult(status -> {
            engine.appendEvents(List.of(new GenericDomainEventMessage<>("Case", "case-tracked-1", 0, filed)));
            new CaseRegistryProjection(registry).on(filed, 0);
        });
        var statistics = entities.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Reads.CONNECTIONS.set(0);

        var tracked = history.publicCase(filed.receiptCode());

        assertThat(tracked).hasValueSatisfying(found -> {
            assertThat(found.title()).isEqualTo("宅基地");
            assertThat(found.timeline()).hasSize(1);
        });
        assertThat(Reads.CONNECTIONS).as("connections taken").hasValue(1);
        assertThat(statistics.getTransactionCount()).as("transactions").isEqualTo(1);
        assertThat(statistics.getFlushCount()).as("read only: nothing flushed").isZero();
    }
}
