package org.onetrip.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/** A timeline is a case's whole stream, read from its filing. */
class CaseTimelineReadTest {

    @Test
    void a_timeline_starts_at_the_filing_even_where_a_snapshot_of_the_case_was_stored() {
        var engine = new InMemoryEventStorageEngine();
        var eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            var intake = new Actor("zhang.min", Role.INTAKE, "bianmin");
            engine.appendEvents(List.of(
                    new GenericDomainEventMessage<>(
                            "Case",
                            "c",
                            0,
                            FiledCases.anonymousComplaint(
                                    "c", new EventContext("e-1", Actor.PUBLIC, Channel.PORTAL, Instant.EPOCH))),
                    new GenericDomainEventMessage<>(
                            "Case",
                            "c",
                            1,
                            new CaseAcceptedEvent(
                                    "c", new EventContext("e-2", intake, Channel.WORKBENCH, Instant.EPOCH), null))));
            engine.storeSnapshot(new GenericDomainEventMessage<>("Case", "c", 1, "the case as of its acceptance"));
            var queries =
                    new CaseTimelineQueries(eventStore, null, new ObjectMapper().registerModule(new JavaTimeModule()));

            var timeline = queries.staffTimeline("c").orElseThrow().timeline();

            assertThat(timeline.events())
                    .extracting(CaseTimelineResponse.Entry::type)
                    .containsExactly("CaseFiledEvent", "CaseAcceptedEvent");
        } finally {
            eventStore.shutDown();
        }
    }
}
