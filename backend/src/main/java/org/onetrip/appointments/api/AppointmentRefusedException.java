package org.onetrip.appointments.api;

import org.onetrip.shared.api.RuleRefusedException;

/** A refusal that is answered but not stored: the public's attempts, and slot checks made while booking. */
public class AppointmentRefusedException extends RuleRefusedException {
    private final AppointmentRefusalReason reason;

    public AppointmentRefusedException(AppointmentRefusalReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public AppointmentRefusalReason reason() {
        return reason;
    }

    @Override
    public String reasonCode() {
        return reason.name();
    }
}
