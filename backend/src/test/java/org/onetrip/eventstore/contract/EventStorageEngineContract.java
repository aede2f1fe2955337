package org.onetrip.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;
import org.onetrip.eventstore.contract.ContractEvents.CaseSnapshot;
import org.onetrip.eventstore.contract.ContractEvents.ComplaintNoted;
import org.onetrip.eventstore.contract.ContractEvents.Greeting;
import org.onetrip.eventstore.contract.ContractEvents.OldGreeting;

/**
 * The one contract every event storage engine of the application meets: the embedded JPA engine on
 * H2, the same on PostgreSQL, and the KurrentDB engine. Each subclass only says how to build an
 * engine (with a given upcaster chain and snapshot filter) over its real store, and how to run a write
 * in a transaction where its store needs one. Every test uses fresh aggregate ids, so a store shared
 * by the whole class is fine.
 */
public abstract class EventStorageEngineContract {

    protected static final String AGGREGATE_TYPE = "ContractCase";

    protected static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();

    /** An engine over this store, serializing with {@link #SERIALIZER}. */
    protected abstract EventStorageEngine engine(EventUpcaster upcasterChain, SnapshotFilter snapshotFilter);

    protected EventStorageEngine engine() {
        return engine(NoOpEventUpcaster.INSTANCE, SnapshotFilter.allowAll());
    }

    /** Runs a write as the application would: inside a transaction where the store needs one. */
    protected void write(Runnable write) {
        write.run();
    }

    // ------------------------------------------------------------------ helpers

    protected static String newAggregateId() {
        return UUID.randomUUID().toString();
    }

    protected static DomainEventMessage<?> event(String aggregateId, long sequence, Object payload) {
        return event(aggregateId, sequence, payload, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    protected static DomainEventMessage<?> event(String aggregateId, long sequence, Object payload, Instant at) {
        return new GenericDomainEventMessage<>(
                AGGREGATE_TYPE,
                aggregateId,
                sequence,
                payload,
                MetaData.with("actor", "intake-clerk").and("channel", "hotline"),
                UUID.randomUUID().toString(),
                at);
    }

    protected void append(EventStorageEngine engine, EventMessage<?>... events) {
        write(() -> engine.appendEvents(events));
    }

    protected void storeSnapshot(EventStorageEngine engine, DomainEventMessage<?> snapshot) {
        write(() -> engine.storeSnapshot(snapshot));
    }

    protected static List<DomainEventMessage<?>> readAggregate(
            EventStorageEngine engine, String aggregateId, long from) {
        return engine.readEvents(aggregateId, from).asStream().collect(Collectors.toList());
    }

    protected static List<TrackedEventMessage<?>> streamFrom(
            EventStorageEngine engine, TrackingToken token, Set<String> aggregateIds) {
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(token, false)) {
            return events.filter(e ->
                            e instanceof DomainEventMessage<?> d && aggregateIds.contains(d.getAggregateIdentifier()))
                    .collect(Collectors.toList());
        }
    }

    private static List<String> ids(List<? extends EventMessage<?>> events) {
        return events.stream().map(EventMessage::getIdentifier).collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ appending and reading one aggregate

    @Test
    void appendedEventsAreReadBackInOrderWithTheirIdsTimestampsMetadataAndPayloads() {
        EventStorageEngine engine = engine();
        String caseId = newAggregateId();
        DomainEventMessage<?> first = event(caseId, 0, new ComplaintNoted("推诿扯皮：窗口让我跑了三次", 1));
        DomainEventMessage<?> second = event(caseId, 1, new ComplaintNoted("still waiting", 2));
        append(engine, first, second);

        List<DomainEventMessage<?>> read = readAggregate(engine, caseId, 0);

        assertThat(ids(read)).containsExactly(first.getIdentifier(), second.getIdentifier());
        assertThat(read).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(read).extracting(DomainEventMessage::getAggregateIdentifier).containsOnly(caseId);
        assertThat(read).extracting(DomainEventMessage::getType).containsOnly(AGGREGATE_TYPE);
        assertThat(read.get(0).getTimestamp()).isEqualTo(first.getTimestamp());
        assertThat(read.get(0).getPayload()).isEqualTo(new ComplaintNoted("推诿扯皮：窗口让我跑了三次", 1));
        assertThat(read.get(1).getMetaData())
                .containsEntry("actor", "intake-clerk")
                .containsEntry("channel", "hotline");
        assertThat(engine.lastSequenceNumberFor(caseId)).contains(1L);
    }

    @Test
    void readingFromASequenceNumberStartsAtThatEvent() {
        EventStorageEngine engine = engine();
        String caseId = newAggregateId();
        append(engine, event(caseId, 0, new ComplaintNoted("a", 0)), event(caseId, 1, new ComplaintNoted("b", 1)));
        append(engine, event(caseId, 2, new ComplaintNoted("c", 2)));

        assertThat(readAggregate(engine, caseId, 1))
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(1L, 2L);
        assertThat(readAggregate(engine, caseId, 3)).isEmpty();
    }

    @Test
    void anUnknownAggregateHasNoEventsAndNoLastSequenceNumber() {
        EventStorageEngine engine = engine();
        String unknown = newAggregateId();

        assertThat(readAggregate(engine, unknown, 0)).isEmpty();
        assertThat(engine.lastSequenceNumberFor(unknown)).isEmpty();
        assertThat(engine.readSnapshot(unknown)).isEmpty();
    }

    // ------------------------------------------------------------------ concurrency

    @Test
    void twoAppendsAtTheSameSequenceNumberAreAConcurrencyConflictAndTheLoserWritesNothing() {
        EventStorageEngine engine = engine();
        String caseId = newAggregateId();
        append(engine, event(caseId, 0, new ComplaintNoted("filed", 0)));
        DomainEventMessage<?> winner = event(caseId, 1, new ComplaintNoted("accepted by clerk A", 1));
        append(engine, winner);

        DomainEventMessage<?> loser = event(caseId, 1, new ComplaintNoted("declined by clerk B", 1));
        DomainEventMessage<?> loserFollowUp = event(caseId, 2, new ComplaintNoted("clerk B's note", 2));
        assertThatThrownBy(() -> append(engine, loser, loserFollowUp)).isInstanceOf(ConcurrencyException.class);

        List<DomainEventMessage<?>> stored = readAggregate(engine, caseId, 0);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(1).getIdentifier()).isEqualTo(winner.getIdentifier());
        assertThat(stored.get(1).getPayload()).isEqualTo(new ComplaintNoted("accepted by clerk A", 1));
    }

    @Test
    void creatingAnAggregateWhoseEventsAlreadyExistIsRefused() {
        EventStorageEngine engine = engine();
        String caseId = newAggregateId();
        DomainEventMessage<?> original = event(caseId, 0, new ComplaintNoted("first filing", 0));
        append(engine, original);

        assertThatThrownBy(() -> append(engine, event(caseId, 0, new ComplaintNoted("second filing", 0))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(ids(readAggregate(engine, caseId, 0))).containsExactly(original.getIdentifier());
    }

    // ------------------------------------------------------------------ streaming and tokens

    @Test
    void streamingFromATokenYieldsLaterEventsInOrderWithoutDuplicatesAndResumesFromAnyToken() {
        EventStorageEngine engine = engine();
        TrackingToken head = engine.createHeadToken();
        String a = newAggregateId();
        String b = newAggregateId();
        DomainEventMessage<?> a0 = event(a, 0, new ComplaintNoted("a0", 0));
        DomainEventMessage<?> a1 = event(a, 1, new ComplaintNoted("a1", 1));
        DomainEventMessage<?> b0 = event(b, 0, new ComplaintNoted("b0", 0));
        DomainEventMessage<?> a2 = event(a, 2, new ComplaintNoted("a2", 2));
        append(engine, a0, a1);
        append(engine, b0);
        append(engine, a2);
        Set<String> ours = Set.of(a, b);

        List<TrackedEventMessage<?>> all = streamFrom(engine, head, ours);
        assertThat(ids(all))
                .containsExactly(a0.getIdentifier(), a1.getIdentifier(), b0.getIdentifier(), a2.getIdentifier());
        assertThat(all.get(2).getPayload()).isEqualTo(new ComplaintNoted("b0", 0));

        TrackingToken afterSecond = all.get(1).trackingToken();
        assertThat(ids(streamFrom(engine, afterSecond, ours))).containsExactly(b0.getIdentifier(), a2.getIdentifier());
        assertThat(streamFrom(engine, all.get(3).trackingToken(), ours)).isEmpty();
    }

    @Test
    void laterTokensCoverEarlierOnesAndNotTheOtherWayRound() {
        EventStorageEngine engine = engine();
        TrackingToken head = engine.createHeadToken();
        String caseId = newAggregateId();
        append(engine, event(caseId, 0, new ComplaintNoted("x", 0)));
        append(engine, event(caseId, 1, new ComplaintNoted("y", 1)));

        List<TrackedEventMessage<?>> events = streamFrom(engine, head, Set.of(caseId));
        TrackingToken first = events.get(0).trackingToken();
        TrackingToken second = events.get(1).trackingToken();

        assertThat(second.covers(first)).isTrue();
        assertThat(first.covers(second)).isFalse();
        assertThat(first.upperBound(second)).isEqualTo(second);
        assertThat(first.lowerBound(second)).isEqualTo(first);
    }

    @Test
    void theTailTokenStreamsEverythingFromTheFirstEvent() {
        EventStorageEngine engine = engine();
        String caseId = newAggregateId();
        DomainEventMessage<?> only = event(caseId, 0, new ComplaintNoted("from the tail", 0));
        append(engine, only);

        assertThat(ids(streamFrom(engine, engine.createTailToken(), Set.of(caseId))))
                .containsExactly(only.getIdentifier());
        assertThat(ids(streamFrom(engine, null, Set.of(caseId)))).containsExactly(only.getIdentifier());
    }

    @Test
    void theHeadTokenSkipsEverythingAlreadyStored() {
        EventStorageEngine engine = engine();
        String caseId = newAggregateId();
        append(engine, event(caseId, 0, new ComplaintNoted("before", 0)));
        TrackingToken head = engine.createHeadToken();
        DomainEventMessage<?> after = event(caseId, 1, new ComplaintNoted("after", 1));
        append(engine, after);

        assertThat(ids(streamFrom(engine, head, Set.of(caseId)))).containsExactly(after.getIdentifier());
    }

    @Test
    void aTokenAtAMomentStreamsTheEventsStampedAtOrAfterIt() {
        EventStorageEngine engine = engine();
        String caseId = newAggregateId();
        // far ahead of every other event in the store, so only these count
        Instant t1 = Instant.parse("2099-03-01T01:00:00.100Z");
        Instant t2 = Instant.parse("2099-03-01T02:00:00.200Z");
        Instant t3 = Instant.parse("2099-03-01T03:00:00.300Z");
        append(engine, event(caseId, 0, new ComplaintNoted("1", 1), t1));
        DomainEventMessage<?> second = event(caseId, 1, new ComplaintNoted("2", 2), t2);
        DomainEventMessage<?> third = event(caseId, 2, new ComplaintNoted("3", 3), t3);
        append(engine, second);
        append(engine, third);

        assertThat(ids(streamFrom(engine, engine.createTokenAt(t2), Set.of(caseId))))
                .containsExactly(second.getIdentifier(), third.getIdentifier());
        assertThat(ids(streamFrom(engine, engine.createTokenAt(t2.plusMillis(1)), Set.of(caseId))))
                .containsExactly(third.getIdentifier());
    }

    // ------------------------------------------------------------------ snapshots

    @Test
    void theLatestSnapshotIsReadBackAndSnapshotsAreNotStreamedAsEvents() {
        EventStorageEngine engine = engine();
        TrackingToken head = engine.createHeadToken();
        String caseId = newAggregateId();
        append(
                engine,
                event(caseId, 0, new ComplaintNoted("a", 0)),
                event(caseId, 1, new ComplaintNoted("b", 1)),
                event(caseId, 2, new ComplaintNoted("c", 2)),
                event(caseId, 3, new ComplaintNoted("d", 3)));
        storeSnapshot(engine, event(caseId, 1, new CaseSnapshot("accepted", 1)));
        storeSnapshot(engine, event(caseId, 3, new CaseSnapshot("answered", 3)));

        Optional<DomainEventMessage<?>> snapshot = engine.readSnapshot(caseId);
        assertThat(snapshot).isPresent();
        assertThat(snapshot.get().getSequenceNumber()).isEqualTo(3L);
        assertThat(snapshot.get().getPayload()).isEqualTo(new CaseSnapshot("answered", 3));
        assertThat(streamFrom(engine, head, Set.of(caseId)))
                .extracting(m -> m.getPayload().getClass())
                .containsOnly((Class) ComplaintNoted.class)
                .hasSize(4);
        assertThat(readAggregate(engine, caseId, 0)).hasSize(4);
    }

    @Test
    void aSnapshotTheFilterRejectsIsNotUsed() {
        String caseId = newAggregateId();
        append(engine(), event(caseId, 0, new ComplaintNoted("a", 0)), event(caseId, 1, new ComplaintNoted("b", 1)));
        storeSnapshot(engine(), event(caseId, 1, new CaseSnapshot("accepted", 1)));
        SnapshotFilter rejectCaseSnapshots =
                snapshotData -> !snapshotData.getPayload().getType().getName().equals(CaseSnapshot.class.getName());

        assertThat(engine(NoOpEventUpcaster.INSTANCE, rejectCaseSnapshots).readSnapshot(caseId))
                .isEmpty();
        assertThat(engine(NoOpEventUpcaster.INSTANCE, SnapshotFilter.allowAll()).readSnapshot(caseId))
                .isPresent();
    }

    // ------------------------------------------------------------------ upcasting

    /** Revision-less {@link OldGreeting} becomes {@link Greeting} revision 2 with a word count. */
    static final class GreetingUpcaster extends SingleEventUpcaster {
        private static final SimpleSerializedType OLD = new SimpleSerializedType(OldGreeting.class.getName(), null);
        private static final SimpleSerializedType NEW = new SimpleSerializedType(Greeting.class.getName(), "2");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(OLD);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(NEW, JsonNode.class, node -> {
                String text = node.get("text").asText();
                ((ObjectNode) node).put("words", text.split("\\s+").length);
                return node;
            });
        }
    }

    @Test
    void registeredUpcastersApplyWhenReadingAnAggregateAndWhenStreaming() {
        String caseId = newAggregateId();
        EventStorageEngine plain = engine();
        TrackingToken head = plain.createHeadToken();
        append(plain, event(caseId, 0, new OldGreeting("hello township government")));

        EventStorageEngine upcasting = engine(new GreetingUpcaster(), SnapshotFilter.allowAll());

        assertThat(readAggregate(upcasting, caseId, 0))
                .extracting(m -> (Object) m.getPayload())
                .containsExactly(new Greeting("hello township government", 3));
        assertThat(streamFrom(upcasting, head, Set.of(caseId)))
                .extracting(m -> (Object) m.getPayload())
                .containsExactly(new Greeting("hello township government", 3));
        assertThat(readAggregate(plain, caseId, 0))
                .extracting(m -> (Object) m.getPayload())
                .containsExactly(new OldGreeting("hello township government"));
    }
}
