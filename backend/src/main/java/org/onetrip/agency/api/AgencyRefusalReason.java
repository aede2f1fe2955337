package org.onetrip.agency.api;

public enum AgencyRefusalReason {
    ROLE_NOT_ALLOWED,
    NOT_THE_AGENT,
    WRONG_STATE,
    CONSENT_REQUIRED,
    UNKNOWN_DEPARTMENT,
    NOT_YOUR_REQUEST
}
