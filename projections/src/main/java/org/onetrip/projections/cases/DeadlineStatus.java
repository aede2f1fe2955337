package org.onetrip.projections.cases;

/** Where a case stands against its deadline today; never stored, since it changes with the date. */
public enum DeadlineStatus {
    ON_TIME,
    DUE_SOON,
    OVERDUE,
    NO_DEADLINE
}
