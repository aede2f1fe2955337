package org.onetrip.privacy.command;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.shared.persistence.TimeOrderedIds;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keys in the {@code contact_key} table, each wrapped under the key-encryption key ({@link ContactKeyWrapping}), so a
 * copy of the database alone reads no contact data. Calls join the command's transaction (the JDBC template shares
 * the transaction manager's connection), so a key created for a filing that fails, or erased by an erasure that
 * fails, rolls back with it. Erasing drops the wrapped key and keeps the date.
 */
public class TableContactKeyStore implements ContactKeyStore {

    private final JdbcTemplate jdbc;
    private final ContactKeyWrapping wrapping;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TableContactKeyStore(JdbcTemplate jdbc, ContactKeyWrapping wrapping, Clock clock) {
        this.jdbc = jdbc;
        this.wrapping = wrapping;
        this.clock = clock;
    }

    @Override
    public NewKey create() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var keyId = TimeOrderedIds.next();
        jdbc.update(
                "insert into contact_key (key_id, wrapped_key, created_at) values (?, ?, ?)",
                keyId,
                wrapping.wrap(keyId, bytes),
                clock.instant().atOffset(ZoneOffset.UTC));
        return new NewKey(keyId, bytes);
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        return jdbc
                .query(
                        "select wrapped_key, key_bytes from contact_key where key_id = ? and erased_at is null",
                        (rows, n) -> {
                            var wrapped = rows.getBytes(1);
                            // a key an earlier release wrote in the clear, not yet wrapped (done at start)
                            return wrapped != null ? wrapping.unwrap(keyId, wrapped) : rows.getBytes(2);
                        },
                        keyId)
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    @Override
    public boolean erase(String keyId) {
        return jdbc.update(
                        "update contact_key set wrapped_key = null, key_bytes = null, erased_at = ? where key_id = ?"
                                + " and erased_at is null",
                        clock.instant().atOffset(ZoneOffset.UTC),
                        keyId)
                == 1;
    }
}
