package org.onetrip.disclosure.api;

/**
 * A refusal with no stream to record it on (creating something, or a non-staff actor): thrown, and
 * nothing is stored.
 */
public class DisclosureRefusedException extends RuntimeException {
    private final DisclosureRefusalReason reason;

    public DisclosureRefusedException(DisclosureRefusalReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public DisclosureRefusalReason reason() {
        return reason;
    }
}
