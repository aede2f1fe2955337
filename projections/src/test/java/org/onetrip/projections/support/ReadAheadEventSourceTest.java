package org.onetrip.projections.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.CachingSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadEventSourceTest {

    EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();

    @AfterEach
    void stopStore() {
        store.shutDown();
    }

    @Test
    void a_stream_read_ahead_delivers_every_event_in_order_with_the_stores_own_tokens() throws Exception {
        append(0, 250);
        var expected = drain(store.openStream(null), 250);

        try (var stream = new ReadAheadEventSource(store, 16, "test").openStream(null)) {
            var actual = drain(stream, 250);
            assertThat(actual)
                    .extracting(TrackedEventMessage::getIdentifier)
                    .containsExactlyElementsOf(expected.stream()
                            .map(TrackedEventMessage::getIdentifier)
                            .toList());
            assertThat(actual)
                    .extracting(TrackedEventMessage::trackingToken)
                    .containsExactlyElementsOf(expected.stream()
                            .map(TrackedEventMessage::trackingToken)
                            .toList());
            assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void a_stream_opened_at_a_token_continues_after_it_and_sees_events_appended_later() throws Exception {
        append(0, 10);
        TrackingToken afterFour;
        try (var own = store.openStream(null)) {
            afterFour = drain(own, 5).get(4).trackingToken();
        }
        try (var stream = new ReadAheadEventSource(store, 4, "test").openStream(afterFour)) {
            assertThat(drain(stream, 5))
                    .extracting(m -> (Object) m.getPayload())
                    .containsExactly(5, 6, 7, 8, 9);
            append(10, 3);
            assertThat(drain(stream, 3))
                    .extracting(m -> (Object) m.getPayload())
                    .containsExactly(10, 11, 12);
        }
    }

    @Test
    void a_fresh_stream_over_a_full_store_never_reports_nothing_available_while_it_is_still_reading() {
        append(0, 3000);
        try (var stream = new ReadAheadEventSource(store, 1000, "test").openStream(null)) {
            assertThat(stream.hasNextAvailable())
                    .as("a processor asking at once must not think itself caught up")
                    .isTrue();
            assertThat(stream.peek()).isPresent();
        }
    }

    @Test
    void an_events_payload_metadata_and_timestamp_are_read_on_the_read_ahead_thread_not_the_processors()
            throws Exception {
        append(0, 3);
        var readOn = ConcurrentHashMap.<String>newKeySet();
        StreamableMessageSource<TrackedEventMessage<?>> lazy =
                token -> new Altered(store.openStream(token), message -> lazily(message, readOn));
        try (var stream = new ReadAheadEventSource(lazy, 10, "lazy").openStream(null)) {
            var messages = drain(stream, 3);
            messages.forEach(m -> {
                m.getPayload();
                m.getMetaData();
                m.getTimestamp();
            });
        }
        assertThat(readOn).containsOnly("read-ahead[lazy]");
    }

    @Test
    void a_failing_store_delivers_what_it_read_and_then_the_failure() throws Exception {
        append(0, 5);
        // a store that answers three events and then loses its connection
        StreamableMessageSource<TrackedEventMessage<?>> failingAfterThree =
                token -> new Altered(store.openStream(token), next -> {
                    if ((Integer) next.getPayload() >= 3) {
                        throw new IllegalStateException("store unreachable");
                    }
                    return next;
                });
        try (var stream = new ReadAheadEventSource(failingAfterThree, 10, "test").openStream(null)) {
            assertThat(drain(stream, 3))
                    .extracting(m -> (Object) m.getPayload())
                    .containsExactly(0, 1, 2);
            assertThatThrownBy(() -> stream.hasNextAvailable(1, TimeUnit.SECONDS))
                    .hasMessageContaining("store unreachable");
        }
    }

    @Test
    void a_processor_waiting_for_new_events_stops_waiting_when_asked_and_later_waits_and_reads_as_before()
            throws Exception {
        append(0, 3);
        var source = new ReadAheadEventSource(store, 16, "waiting");
        try (var stream = source.openStream(null)) {
            drain(stream, 3);
            var waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return stream.hasNextAvailable(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            assertThat(waiting).isNotDone();

            source.stopWaiting();

            assertThat(waiting.get(5, TimeUnit.SECONDS)).isFalse();
            long started = System.nanoTime();
            assertThat(stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
            append(3, 1);
            assertThat(drain(stream, 1).get(0).getPayload()).isEqualTo(3);
        }
    }

    @Test
    void closing_a_stream_stops_its_reader_thread() throws Exception {
        append(0, 100);
        var stream = new ReadAheadEventSource(store, 5, "closing").openStream(null);
        assertThat(stream.nextAvailable().getPayload()).isEqualTo(0);
        stream.close();
        assertThat(readerThreads("read-ahead[closing]")).isEmpty();
        assertThat(stream.hasNextAvailable()).isFalse();
    }

    private void append(int from, int count) {
        store.publish(IntStream.range(from, from + count)
                .mapToObj(i -> new GenericDomainEventMessage<>("Case", "case-" + (i % 7), i / 7, i))
                .toList());
    }

    private static List<TrackedEventMessage<?>> drain(BlockingStream<TrackedEventMessage<?>> stream, int count)
            throws InterruptedException {
        var messages = new ArrayList<TrackedEventMessage<?>>();
        while (messages.size() < count && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
            messages.add(stream.nextAvailable());
        }
        assertThat(messages).hasSize(count);
        return messages;
    }

    private static List<Thread> readerThreads(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name) && t.isAlive())
                .toList();
    }

    /**
     * An event whose payload, metadata and timestamp are made when first asked for, as a stored event's are
     * deserialised, noting on which thread.
     */
    private static TrackedEventMessage<?> lazily(TrackedEventMessage<?> message, Set<String> readOn) {
        var read = (GenericTrackedDomainEventMessage<?>) message;
        var payload = CachingSupplier.of(() -> noted(read.getPayload(), readOn));
        var metaData = CachingSupplier.of(() -> noted(read.getMetaData(), readOn));
        Message<Object> lazily =
                new GenericMessage<>(read.getIdentifier(), Object.class, null, MetaData.emptyInstance()) {
                    @Override
                    public Object getPayload() {
                        return payload.get();
                    }

                    @Override
                    public MetaData getMetaData() {
                        return metaData.get();
                    }
                };
        return new GenericTrackedDomainEventMessage<>(
                read.trackingToken(),
                read.getType(),
                read.getAggregateIdentifier(),
                read.getSequenceNumber(),
                lazily,
                () -> noted(read.getTimestamp(), readOn));
    }

    private static <T> T noted(T value, Set<String> readOn) {
        readOn.add(Thread.currentThread().getName());
        return value;
    }

    /** A store's stream, each event it answers passed through {@code each} (which may also throw, as a store can). */
    private record Altered(BlockingStream<TrackedEventMessage<?>> stream, UnaryOperator<TrackedEventMessage<?>> each)
            implements BlockingStream<TrackedEventMessage<?>> {

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return each.apply(stream.nextAvailable());
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
