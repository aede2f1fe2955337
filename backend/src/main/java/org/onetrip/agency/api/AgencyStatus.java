package org.onetrip.agency.api;

public enum AgencyStatus {
    REGISTERED,
    AGENT_ASSIGNED,
    IN_PROGRESS,
    HANDED_BACK,
    CANCELLED;

    public boolean isFinal() {
        return this == HANDED_BACK || this == CANCELLED;
    }
}
