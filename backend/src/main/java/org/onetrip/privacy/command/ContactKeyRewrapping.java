package org.onetrip.privacy.command;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wraps the contact keys an earlier release stored in the clear, and re-wraps every stored key under the
 * key-encryption key's primary after a rotation. Only the {@code contact_key} table changes: the events, whose
 * contact data is encrypted under the contact keys themselves, are not touched. Each row is updated only if it is
 * still as read, so a key erased meanwhile stays erased; doing it twice, or on two instances at once, is harmless.
 */
public class ContactKeyRewrapping {

    private static final Logger log = LoggerFactory.getLogger(ContactKeyRewrapping.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ContactKeyWrapping wrapping;

    public ContactKeyRewrapping(JdbcTemplate jdbc, ContactKeyWrapping wrapping) {
        this.jdbc = jdbc;
        this.wrapping = wrapping;
    }

    /** What a rotation or a re-wrap did: counts and the Tink id of the key now wrapping (none of them secret). */
    public record Outcome(int legacyWrapped, int rewrapped, int primaryKeyId, int keysInKeyset) {}

    /** Wraps the keys still stored in the clear; answers how many. */
    public int wrapLegacyKeys() {
        int done = 0;
        String after = "";
        while (true) {
            var rows = jdbc.query(
                    "select key_id, key_bytes from contact_key where key_bytes is not null and erased_at is null"
                            + " and key_id > ? order by key_id fetch first " + BATCH + " rows only",
                    (r, n) -> new Row(r.getString(1), r.getBytes(2)),
                    after);
            for (var row : rows) {
                done += jdbc.update(
                        "update contact_key set wrapped_key = ?, key_bytes = null where key_id = ?"
                                + " and key_bytes is not null and erased_at is null",
                        wrapping.wrap(row.keyId, row.bytes),
                        row.keyId);
            }
            if (rows.size() < BATCH) {
                break;
            }
            after = rows.get(rows.size() - 1).keyId;
        }
        if (done > 0) {
            log.info("Wrapped {} contact keys an earlier release stored in the clear", done);
        }
        return done;
    }

    /** Unwraps every stored key with whichever key of the keyset wrapped it and wraps it under the primary. */
    public int rewrapAll() {
        int done = 0;
        String after = "";
        while (true) {
            List<Row> rows = jdbc.query(
                    "select key_id, wrapped_key from contact_key where wrapped_key is not null and erased_at is null"
                            + " and key_id > ? order by key_id fetch first " + BATCH + " rows only",
                    (r, n) -> new Row(r.getString(1), r.getBytes(2)),
                    after);
            for (var row : rows) {
                var key = wrapping.unwrap(row.keyId, row.bytes);
                try {
                    done += jdbc.update(
                            "update contact_key set wrapped_key = ? where key_id = ? and wrapped_key = ?"
                                    + " and erased_at is null",
                            wrapping.wrap(row.keyId, key),
                            row.keyId,
                            row.bytes);
                } finally {
                    java.util.Arrays.fill(key, (byte) 0);
                }
            }
            if (rows.size() < BATCH) {
                break;
            }
            after = rows.get(rows.size() - 1).keyId;
        }
        return done;
    }

    /**
     * The whole rotation of a file-held keyset: a new primary key, every stored key re-wrapped under it, then the old
     * keys destroyed. Run it on one instance while the others are stopped, or they keep wrapping with the old key.
     */
    public Outcome rotate() {
        if (!wrapping.rotatable()) {
            throw new IllegalStateException("the key-encryption keyset comes from the environment: rotate it with"
                    + " Tinkey, hand every instance the new keyset, then re-wrap (docs/operations.md)");
        }
        wrapping.addPrimary();
        int legacy = wrapLegacyKeys();
        int rewrapped = rewrapAll();
        wrapping.dropAllButPrimary();
        log.info(
                "Key-encryption key rotated: {} contact keys re-wrapped under key {}; the old keys are destroyed",
                rewrapped,
                wrapping.primaryKeyId());
        return new Outcome(legacy, rewrapped, wrapping.primaryKeyId(), wrapping.size());
    }

    /** Re-wraps under the primary of the keyset as configured now (after an operator rotated it with Tinkey). */
    public Outcome rewrap() {
        int legacy = wrapLegacyKeys();
        int rewrapped = rewrapAll();
        return new Outcome(legacy, rewrapped, wrapping.primaryKeyId(), wrapping.size());
    }

    private record Row(String keyId, byte[] bytes) {}
}
