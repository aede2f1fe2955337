package org.onetrip.cases.api;

/** A refusal that is not worth an event (the public retrying, say): nothing is stored. */
public class CaseCommandRefusedException extends RuntimeException {
    private final RefusalReason reason;

    public CaseCommandRefusedException(RefusalReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public RefusalReason reason() {
        return reason;
    }
}
