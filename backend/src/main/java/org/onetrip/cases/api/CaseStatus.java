package org.onetrip.cases.api;

public enum CaseStatus {
    FILED,
    ACCEPTED,
    DECLINED,
    ASSIGNED,
    IN_PROGRESS,
    RETURNED,
    ANSWERED,
    RATED,
    CLOSED,
    MERGED;

    public boolean isFinal() {
        return this == CLOSED || this == DECLINED || this == MERGED;
    }
}
