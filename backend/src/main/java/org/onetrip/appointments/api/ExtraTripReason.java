package org.onetrip.appointments.api;

/** Why an applicant has to come again; a "跑多次" outcome must name one, and the bulletin groups by it. */
public enum ExtraTripReason {
    MATERIALS_INCOMPLETE,
    NOTICE_UNCLEAR,
    NEEDS_ANOTHER_DEPARTMENT,
    SYSTEM_OR_STAFF_UNAVAILABLE,
    OTHER
}
