package org.onetrip.eventstore.kurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kurrent.dbclient.EventData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.junit.jupiter.api.Test;

class KurrentEventEnvelopeTest {

    private static final byte[] META =
            "{\"actor\":{\"role\":\"INTAKE\",\"name\":\"王芳\"},\"traceId\":\"t-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theAxonMetadataComesBackByteForByteAndTheEnvelopeIsReadableJson() throws Exception {
        KurrentEventEnvelope envelope = new KurrentEventEnvelope(
                "Case",
                "case-1",
                4,
                Instant.parse("2025-11-04T02:00:00.123456Z"),
                "org.onetrip.cases.api.CaseFiledEvent",
                "2",
                "event-1",
                false,
                META);

        byte[] encoded = envelope.encode();
        KurrentEventEnvelope decoded = KurrentEventEnvelope.decode(encoded);

        assertThat(decoded).isEqualTo(envelope);
        assertThat(decoded.metaData()).isEqualTo(META);
        JsonNode json = new ObjectMapper().readTree(encoded);
        assertThat(json.get("aggregateIdentifier").asText()).isEqualTo("case-1");
        assertThat(json.get("metaData").get("actor").get("name").asText()).isEqualTo("王芳");
        assertThat(json.get("timestamp").asText()).isEqualTo("2025-11-04T02:00:00.123456Z");
    }

    @Test
    void metadataThatIsNotJsonIsKeptAsBase64() {
        byte[] binary = {0, 1, 2, (byte) 0xff};
        KurrentEventEnvelope envelope =
                new KurrentEventEnvelope(null, "a", 0, Instant.EPOCH, "T", null, null, true, binary);

        KurrentEventEnvelope decoded = KurrentEventEnvelope.decode(envelope.encode());

        assertThat(decoded.metaData()).isEqualTo(binary);
        assertThat(decoded.snapshot()).isTrue();
        assertThat(decoded.aggregateType()).isNull();
        assertThat(decoded.payloadRevision()).isNull();
    }

    @Test
    void foreignMetadataIsRecognisedAsNotAnAxonEnvelope() {
        assertThatThrownBy(() ->
                        KurrentEventEnvelope.decode("{\"$correlationId\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KurrentEventEnvelope.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventBecomesJsonEventDataWithItsPayloadTypeAndKeptId() {
        DomainEventData<byte[]> entry = new GenericDomainEventEntry<>(
                "Case",
                "case-9",
                2,
                "event-1",
                Instant.parse("2025-11-04T02:00:00Z"),
                "org.onetrip.cases.api.CaseAcceptedEvent",
                null,
                "{\"caseId\":\"case-9\"}".getBytes(StandardCharsets.UTF_8),
                META);

        EventData data = KurrentEventStorageEngine.toEventData(entry, false);

        assertThat(data.getEventType()).isEqualTo("org.onetrip.cases.api.CaseAcceptedEvent");
        assertThat(data.getContentType()).isEqualTo("application/json");
        assertThat(data.getEventId()).isEqualTo(KurrentEventIds.toEventId("event-1"));
        assertThat(new String(data.getEventData(), StandardCharsets.UTF_8)).isEqualTo("{\"caseId\":\"case-9\"}");
        KurrentEventEnvelope envelope = KurrentEventEnvelope.decode(data.getUserMetadata());
        assertThat(envelope.eventIdentifier()).isEqualTo("event-1");
        assertThat(envelope.sequenceNumber()).isEqualTo(2);
        assertThat(envelope.metaData()).isEqualTo(META);
    }

    @Test
    void aNonJsonPayloadIsStoredAsBinary() {
        DomainEventData<byte[]> entry = new GenericDomainEventEntry<>(
                "Case",
                "case-9",
                0,
                "0b6f3c5e-2d4a-4f7e-9a61-3b2c1d0e9f87",
                Instant.EPOCH,
                "Blob",
                null,
                new byte[] {1, 2, 3},
                META);

        EventData data = KurrentEventStorageEngine.toEventData(entry, false);

        assertThat(data.getContentType()).isEqualTo("application/octet-stream");
        assertThat(KurrentEventEnvelope.decode(data.getUserMetadata()).eventIdentifier())
                .isNull();
    }
}
