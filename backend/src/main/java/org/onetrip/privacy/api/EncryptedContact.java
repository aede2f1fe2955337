package org.onetrip.privacy.api;

import java.util.Objects;

/**
 * A complainant's contact data as the event store keeps it: AES-256-GCM under the key
 * {@code keyId} of the contact key store; {@code ciphertext} is Base64 of the 12-byte IV followed by
 * the encrypted JSON and the 16-byte tag. Destroying the key makes it unreadable for good.
 */
public record EncryptedContact(String keyId, String ciphertext) {
    public EncryptedContact {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }
}
