package org.onetrip.eventstore.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.ComplainantContactErasedEvent;
import org.onetrip.cases.api.ComplainantContactViewedEvent;
import org.onetrip.eventstore.contract.JpaEventStoreTestContext;
import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.config.StoredTypeNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contact events moved from {@code privacy.api} to {@code cases.api}: events stored before the move
 * must still load, and events stored after it keep the old type name, so a store never holds two names
 * for one kind of event.
 */
@SpringBootTest(
        classes = JpaEventStoreTestContext.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:stored-type-names;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.jpa.hibernate.ddl-auto=create-drop",
            "spring.jpa.open-in-view=false"
        })
class StoredTypeNameTest {

    static final String OLD_ERASED = "org.onetrip.privacy.api.ComplainantContactErasedEvent";
    static final String OLD_VIEWED = "org.onetrip.privacy.api.ComplainantContactViewedEvent";

    /** The bytes the application wrote for an erasure before the move (Axon's Jackson serializer). */
    static final String STORED_ERASURE = "{\"caseId\":\"case-1\",\"context\":{\"eventId\":\"e-2\",\"actor\":"
            + "{\"personId\":\"li.qing\",\"role\":\"DISCIPLINE\",\"departmentCode\":\"jiwei\"},\"channel\":"
            + "\"WORKBENCH\",\"occurredAt\":\"2026-03-02T08:00:00Z\"},\"reason\":\"on request\",\"keyId\":\"k-1\"}";

    static final StoredTypeNames MOVED =
            StoredTypeNames.of(ComplainantContactViewedEvent.class, ComplainantContactErasedEvent.class);

    static final Serializer SERIALIZER = new StableTypeNameSerializer(
            JacksonSerializer.builder()
                    .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
                    .build(),
            MOVED.byStoredName());

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void an_erasure_stored_before_the_move_loads_as_the_moved_class() {
        var engine = engine();
        jdbc.update(
                "insert into domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision,"
                        + " payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                        + " values (?, ?, ?, ?, null, ?, ?, ?, ?, ?)",
                1_000L,
                "e-2",
                "{}".getBytes(StandardCharsets.UTF_8),
                STORED_ERASURE.getBytes(StandardCharsets.UTF_8),
                OLD_ERASED,
                "2026-03-02T08:00:00Z",
                "case-1",
                0L,
                "Case");

        var events = engine.readEvents("case-1").asStream().toList();

        assertThat(events).hasSize(1);
        assertThat(events.get(0).getPayloadType()).isEqualTo(ComplainantContactErasedEvent.class);
        var erased = (ComplainantContactErasedEvent) events.get(0).getPayload();
        assertThat(erased.keyId()).isEqualTo("k-1");
        assertThat(erased.context().actor().role()).isEqualTo(Role.DISCIPLINE);
    }

    @Test
    void an_event_of_a_moved_class_is_stored_under_its_old_name() {
        var engine = engine();
        var viewed = new ComplainantContactViewedEvent(
                "case-2",
                new EventContext(
                        "e-9", new Actor("zhang.min", Role.INTAKE, "bianmin"), Channel.WORKBENCH, Instant.now()),
                "call back",
                ContactStatus.AVAILABLE);

        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> engine.appendEvents(new GenericDomainEventMessage<>("Case", "case-2", 0, viewed)));

        assertThat(jdbc.queryForList(
                        "select payload_type from domain_event_entry where aggregate_identifier = 'case-2'",
                        String.class))
                .containsExactly(OLD_VIEWED);
        assertThat(engine.readEvents("case-2").asStream().toList().get(0).getPayload())
                .isEqualTo(viewed);
    }

    @Test
    void every_other_type_keeps_its_class_name() {
        assertThat(SERIALIZER.typeForClass(String.class).getName()).isEqualTo("java.lang.String");
        var plain = SERIALIZER.serialize(List.of("x"), byte[].class);
        assertThat(plain.getType().getName()).isEqualTo(List.of("x").getClass().getName());
        assertThat((Object) SERIALIZER.deserialize(new SimpleSerializedObject<>(
                        STORED_ERASURE.getBytes(StandardCharsets.UTF_8), byte[].class, OLD_ERASED, null)))
                .isInstanceOf(ComplainantContactErasedEvent.class);
    }

    @Test
    void the_application_wraps_axons_serializers_when_a_feature_moved_event_classes() {
        new ApplicationContextRunner()
                .withUserConfiguration(StableTypeNameConfiguration.class, AxonLike.class)
                .run(context -> {
                    assertThat(context.getBean("eventSerializer")).isInstanceOf(StableTypeNameSerializer.class);
                    assertThat(context.getBean("serializer")).isInstanceOf(StableTypeNameSerializer.class);
                    assertThat(context.getBean("unrelatedSerializer")).isInstanceOf(JacksonSerializer.class);
                    assertThat(((Serializer) context.getBean("eventSerializer"))
                                    .typeForClass(ComplainantContactErasedEvent.class)
                                    .getName())
                            .isEqualTo(OLD_ERASED);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class AxonLike {
        @Bean
        Serializer eventSerializer() {
            return JacksonSerializer.defaultSerializer();
        }

        @Bean
        Serializer serializer() {
            return JacksonSerializer.defaultSerializer();
        }

        @Bean
        Serializer unrelatedSerializer() {
            return JacksonSerializer.defaultSerializer();
        }

        @Bean
        StoredTypeNames moved() {
            return MOVED;
        }
    }

    private JpaEventStorageEngine engine() {
        return JpaEventStorageEngine.builder()
                .entityManagerProvider(new SimpleEntityManagerProvider(entityManager))
                .transactionManager(new SpringTransactionManager(transactions))
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .build();
    }
}
