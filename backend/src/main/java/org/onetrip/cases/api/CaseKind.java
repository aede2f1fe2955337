package org.onetrip.cases.api;

public enum CaseKind {
    COMPLAINT,
    REPORT,
    ENQUIRY,
    SUGGESTION,
    ENTERPRISE_REQUEST,
    GRID_VISIT_ISSUE
}
