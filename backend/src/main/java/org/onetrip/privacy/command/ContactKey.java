package org.onetrip.privacy.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of the embedded key store; erasing overwrites and drops the key bytes and keeps the date. */
@Entity
@Table(name = "contact_key")
public class ContactKey {

    @Id
    @Column(length = 36)
    private String keyId;

    @Column(length = 32)
    private byte[] keyBytes;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant erasedAt;

    protected ContactKey() {
    }

    ContactKey(String keyId, byte[] keyBytes, Instant createdAt) {
        this.keyId = keyId;
        this.keyBytes = keyBytes;
        this.createdAt = createdAt;
    }

    byte[] keyBytes() {
        return erasedAt == null ? keyBytes : null;
    }

    boolean erase(Instant at) {
        if (erasedAt != null) {
            return false;
        }
        java.util.Arrays.fill(keyBytes, (byte) 0);
        keyBytes = null;
        erasedAt = at;
        return true;
    }
}
