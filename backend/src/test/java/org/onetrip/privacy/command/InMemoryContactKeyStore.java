package org.onetrip.privacy.command;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A key store for aggregate tests: key ids "key-1", "key-2", … in order of creation. */
public class InMemoryContactKeyStore implements ContactKeyStore {

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();

    @Override
    public NewKey create() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var keyId = "key-" + next.incrementAndGet();
        keys.put(keyId, bytes);
        return new NewKey(keyId, bytes.clone());
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public boolean erase(String keyId) {
        return keys.remove(keyId) != null;
    }

    public boolean holds(String keyId) {
        return keys.containsKey(keyId);
    }
}
