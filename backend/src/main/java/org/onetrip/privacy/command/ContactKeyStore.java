package org.onetrip.privacy.command;

import java.util.Optional;

/**
 * Keeps one AES-256 key per complainant outside the event store. The embedded implementation is a
 * table ({@link TableContactKeyStore}, keys wrapped under a key-encryption key); a production KMS can take its place behind this interface.
 */
public interface ContactKeyStore {

    /** Creates and stores a fresh random key; its bytes are the caller's to use once and then clear. */
    NewKey create();

    /** The key's 32 bytes; empty once the key was erased (or never existed). */
    Optional<byte[]> find(String keyId);

    /** Destroys the key for good; answers false when it was already gone. */
    boolean erase(String keyId);

    /** A key just created: its id and its 32 bytes. */
    record NewKey(String id, byte[] bytes) {}
}
