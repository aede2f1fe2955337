package org.onetrip.eventstore.kurrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurrent.dbclient.EventData;
import io.kurrent.dbclient.KurrentDBClient;
import io.kurrent.dbclient.Position;
import io.kurrent.dbclient.ReadStreamOptions;
import io.kurrent.dbclient.RecordedEvent;
import io.kurrent.dbclient.ResolvedEvent;
import io.kurrent.dbclient.StreamMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.eventstore.contract.ContractEvents.CaseSnapshot;
import org.onetrip.eventstore.contract.ContractEvents.ComplaintNoted;
import org.onetrip.eventstore.contract.EventStorageEngineContract;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The contract on a real KurrentDB ({@link KurrentTestServer#IMAGE}), plus what only this engine has to
 * show: stream layout, skipped system records, deduplicated retries and capped snapshot streams.
 * Skipped (reported by Surefire as skipped) where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class KurrentEventStorageContractTest extends EventStorageEngineContract {

    @Container
    static final GenericContainer<?> KURRENT = KurrentTestServer.container();

    static KurrentDBClient client;

    @BeforeAll
    static void connect() {
        client = KurrentTestServer.client(KURRENT);
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.shutdown().get();
    }

    @Override
    protected EventStorageEngine engine(EventUpcaster upcasterChain, SnapshotFilter snapshotFilter) {
        return KurrentEventStorageEngine.builder()
                .client(client)
                .serializer(SERIALIZER)
                .upcasterChain(upcasterChain)
                .snapshotFilter(snapshotFilter)
                .batchSize(16) // small pages, so paging is exercised too
                .build();
    }

    @Test
    void eachAggregateIsOneReadableStreamNamedAfterIt() throws Exception {
        String caseId = newAggregateId();
        DomainEventMessage<?> filed = event(caseId, 0, new ComplaintNoted("窗口推诿", 1));
        append(engine(), filed, event(caseId, 1, new ComplaintNoted("accepted", 2)));

        List<ResolvedEvent> stored = client.readStream(
                        "onetrip-" + caseId, ReadStreamOptions.get().fromStart())
                .get()
                .getEvents();

        assertThat(stored).hasSize(2);
        RecordedEvent first = stored.get(0).getOriginalEvent();
        assertThat(first.getRevision()).isZero();
        assertThat(first.getEventId()).isEqualTo(UUID.fromString(filed.getIdentifier()));
        assertThat(first.getEventType()).isEqualTo(ComplaintNoted.class.getName());
        assertThat(first.getContentType()).isEqualTo("application/json");
        assertThat(new String(first.getEventData(), StandardCharsets.UTF_8)).contains("窗口推诿");
        assertThat(new String(first.getUserMetadata(), StandardCharsets.UTF_8))
                .contains("\"aggregateIdentifier\":\"" + caseId + "\"")
                .contains("\"actor\":\"intake-clerk\"");
    }

    @Test
    void systemRecordsForeignStreamsAndSnapshotsAreSkippedWhileTheTokenMovesPastThem() throws Exception {
        EventStorageEngine engine = engine();
        TrackingToken head = engine.createHeadToken();
        String caseId = newAggregateId();
        append(engine, event(caseId, 0, new ComplaintNoted("before", 0)));
        Position foreign = client.appendToStream(
                        "otherapp-" + caseId,
                        EventData.builderAsJson("SomethingElse", "{}".getBytes(StandardCharsets.UTF_8))
                                .build())
                .get()
                .getLogPosition();
        Position system = client.appendToStream(
                        "$onetrip-test-" + caseId,
                        EventData.builderAsJson("$housekeeping", "{}".getBytes(StandardCharsets.UTF_8))
                                .build())
                .get()
                .getLogPosition();
        storeSnapshot(engine, event(caseId, 0, new CaseSnapshot("filed", 0)));
        DomainEventMessage<?> after = event(caseId, 1, new ComplaintNoted("after", 1));
        append(engine, after);

        List<? extends TrackedEventMessage<?>> streamed =
                engine.readEvents(head, false).toList();

        assertThat(streamed).extracting(m -> m.getPayload().getClass()).containsOnly((Class) ComplaintNoted.class);
        TrackedEventMessage<?> last = streamed.get(streamed.size() - 1);
        assertThat(last.getIdentifier()).isEqualTo(after.getIdentifier());
        KurrentTrackingToken token = (KurrentTrackingToken) last.trackingToken();
        assertThat(token.isAfter(foreign)).isTrue();
        assertThat(token.isAfter(system)).isTrue();
        assertThat(engine.readEvents(token, false).toList()).isEmpty();
    }

    @Test
    void aRetriedAppendWithTheSameEventIdsIsDeduplicatedByTheServer() {
        EventStorageEngine engine = engine();
        String caseId = newAggregateId();
        DomainEventMessage<?> e0 = event(caseId, 0, new ComplaintNoted("a", 0));
        DomainEventMessage<?> e1 = event(caseId, 1, new ComplaintNoted("b", 1));
        append(engine, e0, e1);

        append(engine, e0, e1); // e.g. the first answer was lost with the connection

        assertThat(readAggregate(engine, caseId, 0))
                .extracting(DomainEventMessage::getIdentifier)
                .containsExactly(e0.getIdentifier(), e1.getIdentifier());
    }

    @Test
    void snapshotStreamsAreCappedSoOnlyTheNewestSnapshotsAreKept() throws Exception {
        EventStorageEngine engine = engine();
        String caseId = newAggregateId();
        for (int i = 0; i < 5; i++) {
            storeSnapshot(engine, event(caseId, i, new CaseSnapshot("v" + i, i)));
        }

        StreamMetadata metadata =
                client.getStreamMetadata("onetrip_snapshot-" + caseId).get();
        assertThat(metadata.getMaxCount()).isEqualTo(3L);
        assertThat(engine.readSnapshot(caseId))
                .get()
                .extracting(DomainEventMessage::getSequenceNumber)
                .isEqualTo(4L);
        assertThat(readAggregate(engine, caseId, 0)).isEmpty();
    }

    @Test
    void aggregatesLongerThanOnePageAreReadCompletely() {
        EventStorageEngine engine = engine();
        String caseId = newAggregateId();
        for (int i = 0; i < 40; i++) {
            append(engine, event(caseId, i, new ComplaintNoted("note " + i, i)));
        }

        assertThat(readAggregate(engine, caseId, 0))
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.range(0, 40).boxed().toList());
        assertThat(engine.lastSequenceNumberFor(caseId)).contains(39L);
        assertThat(streamFrom(engine, null, Set.of(caseId))).hasSize(40);
    }
}
