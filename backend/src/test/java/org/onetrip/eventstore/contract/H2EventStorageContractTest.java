package org.onetrip.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.descriptor.jdbc.BlobJdbcType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The contract on the embedded store: Axon's JPA engine on a real (in-memory) H2 database. */
@SpringBootTest(
        classes = JpaEventStoreTestContext.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:event-contract;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.jpa.hibernate.ddl-auto=create-drop",
            "spring.jpa.open-in-view=false",
            "spring.jpa.properties.hibernate.session_factory.statement_inspector="
                    + "org.onetrip.eventstore.contract.RecordedStatements"
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
    void a_tracking_tokens_gaps_and_the_events_after_it_are_read_along_the_primary_key_not_the_whole_table() {
        var engine = engine();
        var head = engine.createHeadToken();
        var caseId = newAggregateId();
        append(engine, event(caseId, 0, "a"), event(caseId, 1, "b"), event(caseId, 2, "c"));
        var indices = streamFrom(engine, head, Set.of(caseId)).stream()
                .map(event -> ((GapAwareTrackingToken) event.trackingToken()).getIndex())
                .toList();
        RecordedStatements.clear();

        streamFrom(engine, GapAwareTrackingToken.newInstance(indices.get(1), List.of(indices.get(0))), Set.of(caseId));

        var reads = RecordedStatements.recorded().stream()
                .filter(sql -> sql.contains("domain_event_entry") && sql.contains("order by"))
                .toList();
        assertThat(reads).hasSizeGreaterThanOrEqualTo(2);
        var jdbc = new JdbcTemplate(dataSource);
        for (var sql : reads) {
            assertThat(jdbc.queryForObject("EXPLAIN " + sql, String.class))
                    .as(sql)
                    .containsPattern("/\\* PUBLIC\\.PRIMARY_KEY_\\w+: GLOBAL_INDEX (>|=|IN\\()");
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
