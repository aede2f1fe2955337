package org.onetrip.privacy.command;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Keys in the {@code contact_key} table of the embedded database. Calls join the command's
 * transaction, so a key created for a filing that fails, or erased by an erasure that fails, rolls back
 * with it.
 */
public class JpaContactKeyStore implements ContactKeyStore {

    private final ContactKeyRepository keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public JpaContactKeyStore(ContactKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public String create() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var keyId = UUID.randomUUID().toString();
        keys.save(new ContactKey(keyId, bytes, clock.instant()));
        return keyId;
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        return keys.findById(keyId).map(ContactKey::keyBytes);
    }

    @Override
    public boolean erase(String keyId) {
        var key = keys.findById(keyId);
        if (key.isEmpty() || !key.get().erase(clock.instant())) {
            return false;
        }
        keys.saveAndFlush(key.get());
        return true;
    }
}
