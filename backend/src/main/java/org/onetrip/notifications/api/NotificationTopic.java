package org.onetrip.notifications.api;

/** What a filer is told about: the changes of their case, booking or agency request that they care about. */
public enum NotificationTopic {
    CASE_ACCEPTED,
    CASE_DECLINED,
    CASE_ASSIGNED,
    CASE_EXTENDED,
    CASE_ANSWERED,
    CASE_REOPENED,
    CASE_CLOSED,
    BOOKING_CONFIRMED,
    BOOKING_MOVED,
    BOOKING_CANCELLED,
    BOOKING_REMINDER,
    AGENCY_REGISTERED,
    AGENCY_AGENT_ASSIGNED,
    AGENCY_RESULT_HANDED_BACK
}
