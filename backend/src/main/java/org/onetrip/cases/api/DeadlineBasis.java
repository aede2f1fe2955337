package org.onetrip.cases.api;

/** Why an assignment carries the deadline it does, so a reset is never silent. */
public enum DeadlineBasis {
    FIRST_ASSIGNMENT,
    KEPT,
    RESET_BY_INTAKE
}
