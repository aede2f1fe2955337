package org.onetrip.integrity.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.BackendTestApp;
import org.springframework.jdbc.core.JdbcTemplate;

/** What chaining adds to an append: one serialization of the payload, and no extra LOB on H2. */
class AppendCostTest {

    @TempDir
    Path dataDir;

    @Test
    void a_chained_event_is_serialized_once_and_the_store_gets_the_very_bytes_that_were_hashed() {
        var serializer = new CountingSerializer(JacksonSerializer.defaultSerializer());
        var handedToStore = new ArrayList<EventMessage<?>>();
        var engine = new HashChainingStorageEngine(
                new InMemoryEventStorageEngine() {
                    @Override
                    public void appendEvents(List<? extends EventMessage<?>> events) {
                        handedToStore.addAll(events);
                        super.appendEvents(events);
                    }
                },
                () -> serializer);

        engine.appendEvents(new GenericDomainEventMessage<>(
                "Case",
                "case-1",
                0,
                Map.of("title", "路灯不亮"),
                Map.of("traceId", "t-1"),
                UUID.randomUUID().toString(),
                Instant.now()));
        var stored = (DomainEventMessage<?>) handedToStore.get(0);
        var storedBytes = stored.serializePayload(serializer, byte[].class);

        assertThat(serializer.serializations.get()).isEqualTo(1);
        assertThat(new EventHashes(JacksonSerializer.defaultSerializer()).hash(stored, storedBytes))
                .isEqualTo(EventHashes.storedHash(stored));
    }

    @Test
    void on_h2_the_metadata_with_both_hashes_fits_the_row_instead_of_a_separate_lob() {
        try (var context = BackendTestApp.start(dataDir)) {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            int inplace = jdbc.queryForObject(
                    "SELECT CAST(SETTING_VALUE AS INT) FROM INFORMATION_SCHEMA.SETTINGS"
                            + " WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'",
                    Integer.class);
            // The working calendar published at start is a chained event with Axon's usual metadata.
            int longestMetaData = jdbc.queryForObject(
                    "SELECT MAX(OCTET_LENGTH(meta_data)) FROM domain_event_entry"
                            + " WHERE meta_data LIKE '%prevHash%'",
                    Integer.class);

            assertThat(longestMetaData).isGreaterThan(256);
            assertThat(inplace).isGreaterThanOrEqualTo(longestMetaData);
        }
    }

    @Test
    void the_hand_written_timestamp_is_exactly_the_documented_format() {
        var documented = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC);
        var random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            var instant = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000));
            assertThat(EventHashes.timestamp(instant))
                    .isEqualTo(documented.format(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
        }
        assertThat(EventHashes.timestamp(Instant.parse("2026-03-02T02:00:00Z"))).isEqualTo("2026-03-02T02:00:00.000Z");
        assertThat(EventHashes.timestamp(Instant.parse("1970-01-01T00:00:00.999999Z")))
                .isEqualTo("1970-01-01T00:00:00.999Z");
    }

    /** The real Jackson serializer, counting how often a payload is turned into bytes. */
    static final class CountingSerializer implements Serializer {
        final Serializer delegate;
        final AtomicInteger serializations = new AtomicInteger();

        CountingSerializer(Serializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            if (!(object instanceof org.axonframework.messaging.MetaData)) {
                serializations.incrementAndGet();
            }
            return delegate.serialize(object, expectedRepresentation);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return delegate.canSerializeTo(expectedRepresentation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            return delegate.deserialize(serializedObject);
        }

        @Override
        public Class classForType(SerializedType type) {
            return delegate.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return delegate.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return delegate.getConverter();
        }
    }
}
