package org.onetrip.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.descriptor.jdbc.BlobJdbcType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the embedded store: Axon's JPA engine on a real (in-memory) H2 database. */
@SpringBootTest(
        classes = JpaEventStoreTestContext.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:event-contract;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.jpa.hibernate.ddl-auto=create-drop",
            "spring.jpa.open-in-view=false"
        })
class H2EventStorageContractTest extends JpaEventStorageEngineContract {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void an_events_payload_and_metadata_are_read_whole_not_streamed() {
        var entries = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(DomainEventEntry.class);

        for (var column : Set.of("payload", "metaData")) {
            assertThat(entries.findAttributeMapping(column)
                            .getSingleJdbcMapping()
                            .getJdbcType())
                    .as(column)
                    .isSameAs(BlobJdbcType.MATERIALIZED);
        }
    }

    @Test
    void a_payload_larger_than_h2_keeps_in_its_row_is_read_back_whole() {
        var engine = engine();
        var aggregateId = newAggregateId();
        var text = "长".repeat(40_000);

        append(engine, event(aggregateId, 0, text));

        assertThat(readAggregate(engine, aggregateId, 0))
                .singleElement()
                .satisfies(event -> assertThat(event.getPayload()).isEqualTo(text));
    }
}
