package org.onetrip.enterprise.api;

/** A refusal that cannot be recorded on an enterprise: registering one without the right. */
public class EnterpriseRefusedException extends RuntimeException {

    private final EnterpriseRefusalReason reason;

    public EnterpriseRefusedException(EnterpriseRefusalReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public EnterpriseRefusalReason reason() {
        return reason;
    }
}
