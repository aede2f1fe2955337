package org.onetrip.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the security log: a sign-in that succeeded, failed or was throttled, or an attempt to act on or read
 * a case by someone with no business with it. Who (the account name as typed, at most 64 characters), when, from
 * which address. Kept apart from the event store: password guessing must not grow any event stream.
 */
@Entity
@Table(
        name = "security_event",
        indexes = {
            @Index(name = "security_event_at", columnList = "at"),
            @Index(name = "security_event_username", columnList = "username,at")
        })
public class SecurityEvent {

    public enum Kind {
        SIGN_IN_SUCCEEDED,
        SIGN_IN_FAILED,
        SIGN_IN_THROTTLED,
        CASE_ATTEMPT_REFUSED,
        CASE_ATTEMPT_THROTTLED,
        CASE_READ_REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kind kind;

    @Column(length = 64)
    private String username;

    @Column(length = 64)
    private String address;

    @Column(length = 200)
    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(Instant at, Kind kind, String username, String address, String detail) {
        this.at = at;
        this.kind = kind;
        this.username = clip(username, 64);
        this.address = clip(address, 64);
        this.detail = clip(detail, 200);
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Instant at() {
        return at;
    }

    public Kind kind() {
        return kind;
    }

    public String username() {
        return username;
    }

    public String address() {
        return address;
    }

    public String detail() {
        return detail;
    }
}
