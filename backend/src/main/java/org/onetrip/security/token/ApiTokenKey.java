package org.onetrip.security.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** The shared token signing key when none is configured: one row, written by whichever instance starts first. */
@Entity
@Table(name = "api_token_key")
class ApiTokenKey implements Persistable<String> {

    static final String CURRENT = "hs256";

    @Id
    @Column(length = 16)
    private String id;

    @Column(nullable = false, length = 128)
    private String secret;

    @Column(nullable = false)
    private Instant createdAt;

    protected ApiTokenKey() {}

    ApiTokenKey(String secret, Instant createdAt) {
        this.id = CURRENT;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    String secret() {
        return secret;
    }

    @Override
    public String getId() {
        return id;
    }

    /** Always an INSERT: a second instance racing to create the key fails on the primary key and reads the first's. */
    @Override
    public boolean isNew() {
        return true;
    }
}
