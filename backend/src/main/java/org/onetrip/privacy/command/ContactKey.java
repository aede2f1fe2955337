package org.onetrip.privacy.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** A row of the embedded key store; erasing overwrites and drops the key bytes and keeps the date. */
@Entity
@Table(name = "contact_key")
public class ContactKey implements Persistable<String> {

    @Id
    @Column(length = 36)
    private String keyId;

    @Column(length = 32)
    private byte[] keyBytes;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant erasedAt;

    /** A key is created once and never replaced: saving a new one must not first look for it (a SELECT per filing). */
    @Transient
    private boolean fresh;

    protected ContactKey() {}

    ContactKey(String keyId, byte[] keyBytes, Instant createdAt) {
        this.keyId = keyId;
        this.keyBytes = keyBytes;
        this.createdAt = createdAt;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return keyId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
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
