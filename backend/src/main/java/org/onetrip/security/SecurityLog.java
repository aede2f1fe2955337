package org.onetrip.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onetrip.security.SecurityEvent.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security log (table {@code security_event}): sign-ins that succeeded, failed or were throttled, and
 * attempts on cases by people with no business with them. The administrator reads it; a staff member signing
 * in is told of the failures on their account since they last signed in. Every entry also goes to the
 * application log under {@code org.onetrip.security.SecurityLog} (no password, no code, no token).
 */
public class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger(SecurityLog.class);
    static final int MAX_LISTED = 500;
    /** The detail of a throttled sign-in: which allowance was used up. */
    public static final String ACCOUNT_PAUSED = "account";

    public static final String ADDRESS_PAUSED = "address";

    private final SecurityEventRepository events;
    private final Clock clock;

    public SecurityLog(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public record Entry(Instant at, Kind kind, String username, String address, String detail) {}

    /** The failures on an account since its previous successful sign-in: how many, the last one, from where. */
    public record FailureNotice(int failures, Instant lastAt, String lastAddress) {}

    // its own transaction: a refusal is logged even when the reader's transaction is read-only or rolls back
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Kind kind, String username, String address, String detail) {
        var event = events.save(new SecurityEvent(clock.instant(), kind, username, address, detail));
        if (kind == Kind.SIGN_IN_SUCCEEDED) {
            log.info("security event {} user={} from={}", kind, event.username(), address);
        } else {
            log.warn(
                    "security event {} user={} from={} {}",
                    kind,
                    event.username(),
                    address,
                    detail == null ? "" : detail);
        }
    }

    /** The newest entries first, at most {@value #MAX_LISTED}. */
    public List<Entry> newest(int limit) {
        return events.newestFirst(PageRequest.of(0, Math.max(1, Math.min(limit, MAX_LISTED)))).stream()
                .map(e -> new Entry(e.at(), e.kind(), e.username(), e.address(), e.detail()))
                .toList();
    }

    /**
     * What to tell {@code username} as they sign in: the failed and throttled attempts since their previous
     * successful sign-in (read before this sign-in is recorded); empty when there were none.
     */
    public Optional<FailureNotice> failuresSinceLastSignIn(String username) {
        var recent = events.newestOf(
                username,
                List.of(Kind.SIGN_IN_SUCCEEDED, Kind.SIGN_IN_FAILED, Kind.SIGN_IN_THROTTLED),
                PageRequest.of(0, MAX_LISTED));
        int failures = 0;
        SecurityEvent last = null;
        for (var event : recent) {
            if (event.kind() == Kind.SIGN_IN_SUCCEEDED) {
                break;
            }
            failures++;
            if (last == null) {
                last = event;
            }
        }
        return last == null ? Optional.empty() : Optional.of(new FailureNotice(failures, last.at(), last.address()));
    }
}
