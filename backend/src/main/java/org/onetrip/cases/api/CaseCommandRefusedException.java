package org.onetrip.cases.api;

import org.onetrip.shared.api.RuleRefusedException;

/** A refusal that is not worth an event (the public retrying, say): nothing is stored. */
public class CaseCommandRefusedException extends RuleRefusedException {
    private final RefusalReason reason;

    public CaseCommandRefusedException(RefusalReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public RefusalReason reason() {
        return reason;
    }

    @Override
    public String reasonCode() {
        return reason.name();
    }
}
