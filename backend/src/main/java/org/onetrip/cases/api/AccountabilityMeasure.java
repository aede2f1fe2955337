package org.onetrip.cases.api;

public enum AccountabilityMeasure {
    CRITICISM_AND_EDUCATION,
    ORDER_TO_RECTIFY,
    ADMONISHMENT_TALK,
    CIRCULATED_CRITICISM,
    DISCIPLINARY_SANCTION
}
