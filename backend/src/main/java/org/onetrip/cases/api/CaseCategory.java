package org.onetrip.cases.api;

public enum CaseCategory {
    BUCK_PASSING,
    IRREGULAR_HANDLING,
    OVERDUE,
    MORE_THAN_ONE_TRIP,
    UNCLEAR_REQUIREMENTS,
    ATTITUDE,
    OTHER;

    /**
     * Whether a complaint in this category accuses staff (推诿扯皮, 违规办理, 服务态度): it is a matter for the
     * discipline office from the moment it is filed (四.四.3), not only once its handling bounces.
     */
    public boolean accusesStaff() {
        return this == BUCK_PASSING || this == IRREGULAR_HANDLING || this == ATTITUDE;
    }
}
