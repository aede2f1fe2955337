package org.onetrip.disclosure.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onetrip.shared.persistence.AssignedIdEntity;

/**
 * The disclosures' lookup table: what exists, of which type, in which state. Contents are read
 * from the event store; this only lists. Written in the same transaction as the events, and
 * {@code uniqueKey} (a batch name) is unique, so two batches of one name cannot both commit.
 */
@Entity
@Table(
        name = "disclosure_registry",
        indexes = {
            @Index(name = "ux_disclosure_registry_key", columnList = "uniqueKey", unique = true),
            @Index(name = "ix_disclosure_registry_type", columnList = "type")
        })
public class DisclosureEntry extends AssignedIdEntity {

    public enum Type {
        SERVICE_ITEM,
        BATCH,
        NOTICE,
        BULLETIN
    }

    @Id
    @Column(length = 64)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Type type;

    @Column(nullable = false, length = 32)
    private String status;

    @Column(length = 200)
    private String title;

    @Column(length = 120)
    private String uniqueKey;

    @Column(length = 64)
    private String batchId;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant lastChangedAt;

    @Column(nullable = false)
    private long version;

    protected DisclosureEntry() {}

    DisclosureEntry(String id, Type type, String status, String title, Instant at) {
        this.id = id;
        this.type = type;
        this.status = status;
        this.title = title;
        this.createdAt = at;
        this.lastChangedAt = at;
        this.version = -1;
    }

    void record(long sequence, Instant at) {
        this.version = sequence;
        this.lastChangedAt = at;
    }

    void change(String status, String title) {
        if (status != null) {
            this.status = status;
        }
        if (title != null) {
            this.title = title;
        }
    }

    void uniqueKey(String key) {
        this.uniqueKey = key;
    }

    void batch(String batchId) {
        this.batchId = batchId;
    }

    @Override
    public String getId() {
        return id;
    }

    public String id() {
        return id;
    }

    public Type type() {
        return type;
    }

    public String status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String batchId() {
        return batchId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    public long version() {
        return version;
    }
}
