package org.onetrip.eventstore.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.onetrip.eventstore.kurrent.KurrentEventStorageEngine;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Configuration alone chooses the event store: the application's Spring Boot auto-configuration (Axon,
 * JPA, H2) with only {@code onetrip.event-store} changed. KurrentDB is pointed at a closed local port,
 * which also shows what a lost connection does to an append.
 */
class EventStoreSwitchTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({
        EventStorePropertiesConfiguration.class,
        JpaEventStoreConfiguration.class,
        KurrentEventStoreConfiguration.class
    })
    static class SwitchApp {}

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(SwitchApp.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.datasource.url=jdbc:h2:mem:switch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "spring.jpa.hibernate.ddl-auto=create-drop",
                        "axon.axonserver.enabled=false",
                        "axon.serializer.general=jackson",
                        "axon.serializer.events=jackson",
                        "axon.serializer.messages=jackson")
                .properties(properties)
                .run();
    }

    @Test
    void byDefaultEventsStayInTheRelationalDatabase() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JpaEventStorageEngine.class);
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(JpaTokenStore.class);
        }
    }

    @Test
    void theRelationalStoreReadsEventsInPagesOfTheConfiguredSize() {
        try (ConfigurableApplicationContext context = start("onetrip.jpa.batch-size=1500")) {
            var engine = context.getBean(EventStorageEngine.class);
            assertThat(engine).isInstanceOf(JpaEventStorageEngine.class);
            assertThat(ReflectionTestUtils.getField(engine, "batchSize")).isEqualTo(1500);
        }
        try (ConfigurableApplicationContext context = start()) {
            assertThat(ReflectionTestUtils.getField(context.getBean(EventStorageEngine.class), "batchSize"))
                    .as("Axon's default of 100 is too small for a projection rebuild")
                    .isEqualTo(1000);
        }
    }

    @Test
    void eventStoreKurrentPutsEventsInKurrentDbWhileTokensStayRelational() {
        try (ConfigurableApplicationContext context = start(
                "onetrip.event-store=kurrent",
                "onetrip.kurrent.connection-string=kurrentdb://127.0.0.1:1?tls=false",
                "onetrip.kurrent.timeout=2s")) {
            assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(KurrentEventStorageEngine.class);
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(JpaTokenStore.class);
            assertThat(context.getBean(EventStoreProperties.class).getKurrent().getTimeout())
                    .isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void withoutAConnectionStringTheApplicationRefusesToStartAndSaysWhy() {
        assertThatThrownBy(() -> start("onetrip.event-store=kurrent").close())
                .rootCause()
                .hasMessageContaining("onetrip.kurrent.connection-string");
    }

    @Test
    void anAppendWithoutAReachableServerFailsWithAClearEventStoreError() {
        try (ConfigurableApplicationContext context = start(
                "onetrip.event-store=kurrent",
                "onetrip.kurrent.connection-string=kurrentdb://127.0.0.1:1?tls=false&maxDiscoverAttempts=1",
                "onetrip.kurrent.timeout=2s")) {
            EventStorageEngine engine = context.getBean(EventStorageEngine.class);
            String caseId = UUID.randomUUID().toString();

            assertThatThrownBy(() -> engine.appendEvents(new GenericDomainEventMessage<>(
                            "Case",
                            caseId,
                            0,
                            "filed",
                            java.util.Map.of(),
                            UUID.randomUUID().toString(),
                            Instant.now())))
                    .isInstanceOf(EventStoreException.class)
                    .hasMessageContaining("onetrip-" + caseId)
                    .hasMessageContaining("KurrentDB");
        }
    }
}
