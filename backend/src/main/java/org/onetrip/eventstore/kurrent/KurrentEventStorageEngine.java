package org.onetrip.eventstore.kurrent;

import static org.axonframework.eventhandling.EventUtils.asDomainEventMessage;

import io.kurrent.dbclient.AppendToStreamOptions;
import io.kurrent.dbclient.EventData;
import io.kurrent.dbclient.EventDataBuilder;
import io.kurrent.dbclient.KurrentDBClient;
import io.kurrent.dbclient.Position;
import io.kurrent.dbclient.ReadAllOptions;
import io.kurrent.dbclient.ReadResult;
import io.kurrent.dbclient.ReadStreamOptions;
import io.kurrent.dbclient.RecordedEvent;
import io.kurrent.dbclient.ResolvedEvent;
import io.kurrent.dbclient.StreamMetadata;
import io.kurrent.dbclient.StreamNotFoundException;
import io.kurrent.dbclient.StreamState;
import io.kurrent.dbclient.WriteResult;
import io.kurrent.dbclient.WrongExpectedVersionException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Axon 4 {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine} on KurrentDB (EventStoreDB).
 *
 * <ul>
 *   <li>One stream per aggregate ({@link KurrentStreamNames}); Axon sequence number n is stream revision n.</li>
 *   <li>The events of one aggregate in one unit of work go in ONE append with the expected revision
 *       ({@link ExpectedRevisions}): KurrentDB writes them all or none. A refused expectation becomes
 *       Axon's {@code ConcurrencyException}/{@code AggregateStreamCreationException}; every other failure
 *       (connection lost, timeout, not leader) an {@link EventStoreException} that says so.</li>
 *   <li>Event ids are kept ({@link KurrentEventIds}), so KurrentDB deduplicates a retried append.</li>
 *   <li>Tracking tokens are {@code $all} positions ({@link KurrentTrackingToken}); streaming hands Axon the
 *       events of this application's event streams only, skipping system events and snapshots.</li>
 *   <li>Snapshots go to their own stream per aggregate, capped with {@code $maxCount}.</li>
 *   <li>Serialization, upcasting and the snapshot filter are Axon's, through {@link AbstractEventStorageEngine}.</li>
 * </ul>
 *
 * <p>Appends for different aggregates in one unit of work are separate appends (KurrentDB 25.0 has no
 * multi-stream transaction): if the second fails, the first stays written. This application changes one
 * aggregate per command, so a unit of work has one stream.
 */
public class KurrentEventStorageEngine extends AbstractEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(KurrentEventStorageEngine.class);
    private static final byte[] EMPTY_JSON_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private final KurrentDBClient client;
    private final KurrentStreamNames streams;
    private final int batchSize;
    private final long snapshotsToKeep;
    private final Duration timeout;
    private final QuietRanges quietRanges = new QuietRanges(64);

    protected KurrentEventStorageEngine(Builder builder) {
        super(builder);
        this.client = builder.client;
        this.streams = builder.streams;
        this.batchSize = builder.batchSize;
        this.snapshotsToKeep = builder.snapshotsToKeep;
        this.timeout = builder.timeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    public KurrentStreamNames streamNames() {
        return streams;
    }

    // ---------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<DomainEventData<byte[]>> entries = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            entries.add(toEntry(asDomainEventMessage(event), serializer));
        }
        appendEventData(entries);
    }

    /**
     * Appends already serialized events (the migration uses this to copy bytes unchanged). Events are
     * grouped by aggregate, keeping their order; each aggregate's events are one atomic append.
     */
    public void appendEventData(List<? extends DomainEventData<byte[]>> events) {
        Map<String, List<DomainEventData<byte[]>>> byAggregate = new LinkedHashMap<>();
        for (DomainEventData<byte[]> event : events) {
            byAggregate
                    .computeIfAbsent(event.getAggregateIdentifier(), id -> new ArrayList<>())
                    .add(event);
        }
        for (Map.Entry<String, List<DomainEventData<byte[]>>> group : byAggregate.entrySet()) {
            appendToAggregateStream(group.getKey(), group.getValue());
        }
    }

    private void appendToAggregateStream(String aggregateIdentifier, List<DomainEventData<byte[]>> events) {
        long first = events.get(0).getSequenceNumber();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getSequenceNumber() != first + i) {
                throw new EventStoreException("The events of aggregate [" + aggregateIdentifier
                        + "] in one unit of work must have consecutive sequence numbers, starting at " + first
                        + "; found " + events.get(i).getSequenceNumber() + " at position " + i);
            }
        }
        String stream = streams.eventStream(aggregateIdentifier);
        List<EventData> data = new ArrayList<>(events.size());
        for (DomainEventData<byte[]> event : events) {
            data.add(toEventData(event, false));
        }
        AppendToStreamOptions options = AppendToStreamOptions.get()
                .streamState(ExpectedRevisions.expectedBefore(first))
                .deadline(timeout.toMillis());
        try {
            client.appendToStream(stream, options, data.iterator())
                    .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WrongExpectedVersionException wrong) {
                throw ExpectedRevisions.conflict(aggregateIdentifier, first, wrong);
            }
            throw new EventStoreException(
                    appendFailure(stream, events.size(), first) + " KurrentDB refused or could not complete it: "
                            + describe(cause),
                    cause);
        } catch (TimeoutException e) {
            throw new EventStoreException(
                    appendFailure(stream, events.size(), first)
                            + " KurrentDB did not answer within " + timeout.toMillis() + " ms; the append is atomic, so"
                            + " either all of these events were stored or none (a retry with the same event ids is"
                            + " deduplicated by the server).",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreException(
                    appendFailure(stream, events.size(), first)
                            + " The thread was interrupted while waiting for KurrentDB; the outcome is unknown"
                            + " (all or none of these events were stored).",
                    e);
        }
    }

    private static String appendFailure(String stream, int count, long first) {
        return "Could not append " + count + " event(s) to KurrentDB stream [" + stream + "] from revision " + first
                + ".";
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown cause";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    // ---------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        DomainEventData<byte[]> entry = toEntry(snapshot, serializer);
        String stream = streams.snapshotStream(snapshot.getAggregateIdentifier());
        AppendToStreamOptions options =
                AppendToStreamOptions.get().streamState(StreamState.any()).deadline(timeout.toMillis());
        WriteResult written = await(
                client.appendToStream(stream, options, toEventData(entry, true)), "store a snapshot in " + stream);
        if (StreamState.streamRevision(0).equals(written.getNextExpectedRevision())) {
            StreamMetadata metadata = new StreamMetadata();
            metadata.setMaxCount(snapshotsToKeep);
            try {
                await(client.setStreamMetadata(stream, metadata), "cap snapshot stream " + stream);
            } catch (EventStoreException e) {
                log.warn(
                        "Snapshot stream {} is not capped ($maxCount {}): {}", stream, snapshotsToKeep, e.getMessage());
            }
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        String stream = streams.snapshotStream(aggregateIdentifier);
        List<ResolvedEvent> newestFirst = readStreamPage(
                stream, ReadStreamOptions.get().backwards().fromEnd().maxCount(snapshotsToKeep));
        return newestFirst.stream().map(ResolvedEvent::getOriginalEvent).map(this::toDomainEventData);
    }

    // ---------------------------------------------------------------- reading one aggregate

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String identifier, long firstSequenceNumber) {
        return readAggregateEventData(identifier, firstSequenceNumber);
    }

    /** The serialized events of one aggregate from the given sequence number, as stored (no upcasting). */
    public Stream<DomainEventData<byte[]>> readAggregateEventData(
            String aggregateIdentifier, long firstSequenceNumber) {
        String stream = streams.eventStream(aggregateIdentifier);
        Spliterator<DomainEventData<byte[]>> pages = new PagingSpliterator<>(new Function<>() {
            long next = Math.max(0, firstSequenceNumber);

            @Override
            public List<DomainEventData<byte[]>> apply(Void ignored) {
                List<ResolvedEvent> page = readStreamPage(
                        stream,
                        ReadStreamOptions.get().forwards().fromRevision(next).maxCount(batchSize));
                List<DomainEventData<byte[]>> result = new ArrayList<>(page.size());
                for (ResolvedEvent resolved : page) {
                    RecordedEvent recorded = resolved.getOriginalEvent();
                    result.add(toDomainEventData(recorded));
                    next = recorded.getRevision() + 1;
                }
                return page.size() < batchSize ? lastPage(result) : result;
            }
        });
        return StreamSupport.stream(pages, false);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        List<ResolvedEvent> last = readStreamPage(
                streams.eventStream(aggregateIdentifier),
                ReadStreamOptions.get().backwards().fromEnd().maxCount(1));
        return last.stream().findFirst().map(e -> e.getOriginalEvent().getRevision());
    }

    // ---------------------------------------------------------------- streaming ($all)

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return streamEventData(trackingToken);
    }

    /**
     * The application's events after the given token in {@code $all} order, as stored (no upcasting).
     * System events, other applications' streams and snapshots are skipped; the next event handed out
     * carries its own position, so a processor's token moves past everything skipped.
     */
    public Stream<TrackedDomainEventData<byte[]>> streamEventData(TrackingToken trackingToken) {
        KurrentTrackingToken start = toKurrentToken(trackingToken);
        Position startAfter = start == null ? null : quietRanges.skipTo(start);
        return StreamSupport.stream(new AllStreamSpliterator(start, startAfter), false);
    }

    private final class AllStreamSpliterator extends Spliterators.AbstractSpliterator<TrackedDomainEventData<byte[]>> {
        private final KurrentTrackingToken requested;
        private final Deque<TrackedDomainEventData<byte[]>> buffer = new ArrayDeque<>();
        private Position after;
        private boolean exhausted;
        private boolean handedOut;

        AllStreamSpliterator(KurrentTrackingToken requested, Position after) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.requested = requested;
            this.after = after;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedDomainEventData<byte[]>> action) {
            while (buffer.isEmpty() && !exhausted) {
                fetch();
            }
            TrackedDomainEventData<byte[]> next = buffer.poll();
            if (next == null) {
                if (!handedOut && requested != null && after != null && after.compareTo(requested.toPosition()) > 0) {
                    // nothing for Axon up to the end of $all: the next poll from this token starts here
                    quietRanges.remember(requested, after);
                }
                return false;
            }
            handedOut = true;
            action.accept(next);
            return true;
        }

        private void fetch() {
            ReadAllOptions options =
                    ReadAllOptions.get().forwards().maxCount(batchSize).deadline(timeout.toMillis());
            options = after == null ? options.fromStart() : options.fromPosition(after);
            ReadResult result = await(client.readAll(options), "read $all");
            List<ResolvedEvent> page = result.getEvents();
            for (ResolvedEvent resolved : page) {
                RecordedEvent recorded = resolved.getEvent();
                Position position = recorded.getPosition();
                if (after != null && position.compareTo(after) <= 0) {
                    continue; // reading from a position includes the event at that position
                }
                after = position;
                if (streams.isStreamedToAxon(recorded.getStreamId(), recorded.getEventType())) {
                    buffer.add(new TrackedDomainEventData<>(
                            KurrentTrackingToken.of(position), toDomainEventData(recorded)));
                }
            }
            if (page.size() < batchSize) {
                exhausted = true;
            }
        }
    }

    private static KurrentTrackingToken toKurrentToken(TrackingToken token) {
        if (token == null) {
            return null;
        }
        if (token instanceof KurrentTrackingToken kurrent) {
            return kurrent;
        }
        throw new IllegalArgumentException("KurrentDB streams from a KurrentTrackingToken, not from "
                + token.getClass().getName() + ": reset the processor's token (replay) after changing event store");
    }

    /** Null: a processor with no token reads from the very first event. */
    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /** The position of the last record in {@code $all}: a processor starting here sees only new events. */
    @Override
    public TrackingToken createHeadToken() {
        List<ResolvedEvent> last = await(
                        client.readAll(ReadAllOptions.get()
                                .backwards()
                                .fromEnd()
                                .maxCount(1)
                                .deadline(timeout.toMillis())),
                        "read the end of $all")
                .getEvents();
        return last.isEmpty()
                ? null
                : KurrentTrackingToken.of(last.get(0).getEvent().getPosition());
    }

    /**
     * A token after which streaming yields the events timestamped at or after {@code dateTime}: the
     * position of the newest event of this application timestamped before it (Axon's timestamp, kept in
     * the envelope; the server's own creation time would be the migration's for copied events). Found by
     * reading {@code $all} backwards, so the cost grows with the number of records after that moment.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Position from = null;
        while (true) {
            ReadAllOptions options =
                    ReadAllOptions.get().backwards().maxCount(batchSize).deadline(timeout.toMillis());
            options = from == null ? options.fromEnd() : options.fromPosition(from);
            List<ResolvedEvent> page =
                    await(client.readAll(options), "read $all backwards").getEvents();
            for (ResolvedEvent resolved : page) {
                RecordedEvent recorded = resolved.getEvent();
                if (from != null && recorded.getPosition().compareTo(from) >= 0) {
                    continue;
                }
                from = recorded.getPosition();
                if (streams.isStreamedToAxon(recorded.getStreamId(), recorded.getEventType())
                        && KurrentEventEnvelope.decode(recorded.getUserMetadata())
                                .timestamp()
                                .isBefore(dateTime)) {
                    return KurrentTrackingToken.of(recorded.getPosition());
                }
            }
            if (page.size() < batchSize) {
                return createTailToken();
            }
        }
    }

    // ---------------------------------------------------------------- conversions

    static DomainEventData<byte[]> toEntry(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
        return new GenericDomainEventEntry<>(
                event.getType(),
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                event.getIdentifier(),
                event.getTimestamp(),
                payload.getType().getName(),
                payload.getType().getRevision(),
                payload.getData(),
                metaData.getData());
    }

    static EventData toEventData(DomainEventData<byte[]> event, boolean snapshot) {
        String identifier = event.getEventIdentifier();
        KurrentEventEnvelope envelope = new KurrentEventEnvelope(
                event.getType(),
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                event.getTimestamp(),
                event.getPayload().getType().getName(),
                event.getPayload().getType().getRevision(),
                KurrentEventIds.isCanonicalUuid(identifier) ? null : identifier,
                snapshot,
                event.getMetaData().getData());
        byte[] payload = event.getPayload().getData();
        String eventType = event.getPayload().getType().getName();
        EventDataBuilder builder = KurrentEventEnvelope.isJsonValue(payload)
                ? EventData.builderAsJson(KurrentEventIds.toEventId(identifier), eventType, payload)
                : EventData.builderAsBinary(KurrentEventIds.toEventId(identifier), eventType, payload);
        return builder.metadataAsBytes(envelope.encode()).build();
    }

    DomainEventData<byte[]> toDomainEventData(RecordedEvent recorded) {
        KurrentEventEnvelope envelope;
        try {
            envelope = KurrentEventEnvelope.decode(recorded.getUserMetadata());
        } catch (IllegalArgumentException e) {
            throw new EventStoreException(
                    "Event " + recorded.getEventId() + " at revision " + recorded.getRevision() + " of stream ["
                            + recorded.getStreamId() + "] was not written by this engine: " + e.getMessage(),
                    e);
        }
        String identifier = envelope.eventIdentifier() != null
                ? envelope.eventIdentifier()
                : recorded.getEventId().toString();
        long sequenceNumber = envelope.snapshot() ? envelope.sequenceNumber() : recorded.getRevision();
        byte[] metaData = envelope.metaData() == null ? EMPTY_JSON_OBJECT : envelope.metaData();
        return new GenericDomainEventEntry<>(
                envelope.aggregateType(),
                envelope.aggregateIdentifier(),
                sequenceNumber,
                identifier,
                envelope.timestamp(),
                envelope.payloadType(),
                envelope.payloadRevision(),
                recorded.getEventData(),
                metaData);
    }

    // ---------------------------------------------------------------- client calls

    private List<ResolvedEvent> readStreamPage(String stream, ReadStreamOptions options) {
        try {
            return client.readStream(stream, options.deadline(timeout.toMillis()))
                    .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS)
                    .getEvents();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StreamNotFoundException) {
                return Collections.emptyList();
            }
            throw new EventStoreException(
                    "Could not read KurrentDB stream [" + stream + "]: " + describe(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new EventStoreException(
                    "KurrentDB did not answer a read of stream [" + stream + "] within " + timeout.toMillis() + " ms",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreException("Interrupted while reading KurrentDB stream [" + stream + "]", e);
        }
    }

    private <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new EventStoreException("KurrentDB could not " + what + ": " + describe(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new EventStoreException(
                    "KurrentDB did not answer within " + timeout.toMillis() + " ms to " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreException("Interrupted while waiting for KurrentDB to " + what, e);
        }
    }

    private static <T> List<T> lastPage(List<T> page) {
        return new LastPage<>(page);
    }

    private static final class LastPage<T> extends ArrayList<T> {
        LastPage(List<T> page) {
            super(page);
        }
    }

    /** Pulls pages from a function until a page marked as the last one (see {@link #lastPage}). */
    private static final class PagingSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final Function<Void, List<T>> nextPage;
        private final Deque<T> buffer = new ArrayDeque<>();
        private boolean done;

        PagingSpliterator(Function<Void, List<T>> nextPage) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.nextPage = nextPage;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (buffer.isEmpty() && !done) {
                List<T> page = nextPage.apply(null);
                buffer.addAll(page);
                done = page instanceof LastPage;
            }
            T next = buffer.poll();
            if (next == null) {
                return false;
            }
            action.accept(next);
            return true;
        }
    }

    // ---------------------------------------------------------------- builder

    public static class Builder extends AbstractEventStorageEngine.Builder {
        private KurrentDBClient client;
        private KurrentStreamNames streams = KurrentStreamNames.defaults();
        private int batchSize = 256;
        private long snapshotsToKeep = 3;
        private Duration timeout = Duration.ofSeconds(10);
        private Serializer eventSerializer;
        private boolean snapshotSerializerSet;

        public Builder client(KurrentDBClient client) {
            this.client = client;
            return this;
        }

        public Builder streamNames(KurrentStreamNames streams) {
            this.streams = streams;
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** How many snapshots each aggregate's snapshot stream keeps ({@code $maxCount}). */
        public Builder snapshotsToKeep(long snapshotsToKeep) {
            this.snapshotsToKeep = snapshotsToKeep;
            return this;
        }

        /** Deadline of every call to KurrentDB. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The serializer of payloads, metadata and snapshots (the application's Jackson serializer). */
        public Builder serializer(Serializer serializer) {
            eventSerializer(serializer);
            snapshotSerializer(serializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            this.eventSerializer = eventSerializer;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            snapshotSerializerSet = true;
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            if (client == null) {
                throw new AxonConfigurationException("A KurrentDBClient is required");
            }
            if (eventSerializer == null) {
                throw new AxonConfigurationException("The event serializer must be given (no XStream default here)");
            }
            if (!snapshotSerializerSet) {
                snapshotSerializer(eventSerializer);
            }
            if (batchSize < 1 || snapshotsToKeep < 1 || timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new AxonConfigurationException("batchSize and snapshotsToKeep must be positive, timeout > 0");
            }
            super.validate();
        }

        public KurrentEventStorageEngine build() {
            return new KurrentEventStorageEngine(this);
        }
    }
}
