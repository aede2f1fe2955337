package org.onetrip.eventstore.migration;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of events: for each, in order, its id, aggregate type, sequence number,
 * timestamp, payload type and revision, payload bytes and metadata bytes, each length-prefixed (so
 * moving a byte from one field to the next changes the sum). Equal sums mean the same events with the
 * same content in the same order.
 */
public final class StreamChecksum {

    private final MessageDigest digest;
    private long count;

    public StreamChecksum() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String of(Iterable<StoredEvent> events) {
        StreamChecksum checksum = new StreamChecksum();
        events.forEach(checksum::add);
        return checksum.hex();
    }

    public StreamChecksum add(StoredEvent event) {
        text(event.eventIdentifier());
        text(event.aggregateType());
        digest.update(
                ByteBuffer.allocate(Long.BYTES).putLong(event.sequenceNumber()).array());
        text(event.timestamp().toString());
        text(event.payloadType());
        text(event.payloadRevision());
        bytes(event.payload());
        bytes(event.metaData());
        count++;
        return this;
    }

    /** Only the event id, for the order of a whole store. */
    public StreamChecksum addId(StoredEvent event) {
        text(event.eventIdentifier());
        count++;
        return this;
    }

    public long count() {
        return count;
    }

    public String hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void text(String value) {
        bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            return;
        }
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        digest.update(value);
    }
}
