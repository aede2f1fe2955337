package org.onetrip.cases.api;

public enum CaseKind {
    COMPLAINT,
    REPORT,
    ENQUIRY,
    SUGGESTION,
    ENTERPRISE_REQUEST,
    GRID_VISIT_ISSUE;

    /**
     * Whether the case's handling result is published: what the public filed. An enterprise's requests are its own
     * (read with its access code), and a grid visit's issues were raised by a cadre, not by the resident concerned.
     */
    public boolean resultIsPublished() {
        return this != ENTERPRISE_REQUEST && this != GRID_VISIT_ISSUE;
    }
}
