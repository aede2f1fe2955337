package org.onetrip.cases.api;

public enum CaseCategory {
    BUCK_PASSING,
    IRREGULAR_HANDLING,
    OVERDUE,
    MORE_THAN_ONE_TRIP,
    UNCLEAR_REQUIREMENTS,
    ATTITUDE,
    OTHER
}
