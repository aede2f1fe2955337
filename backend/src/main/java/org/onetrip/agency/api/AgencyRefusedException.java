package org.onetrip.agency.api;

import org.onetrip.shared.api.RuleRefusedException;

/** A refusal answered but not stored: the public's and the system's attempts, and a request never registered. */
public class AgencyRefusedException extends RuleRefusedException {
    private final AgencyRefusalReason reason;

    public AgencyRefusedException(AgencyRefusalReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public AgencyRefusalReason reason() {
        return reason;
    }

    @Override
    public String reasonCode() {
        return reason.name();
    }
}
