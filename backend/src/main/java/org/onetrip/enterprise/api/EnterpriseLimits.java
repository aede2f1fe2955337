package org.onetrip.enterprise.api;

/** Sizes the enterprise commands accept; the forms use the same numbers. */
public final class EnterpriseLimits {

    public static final int NAME = 100;
    public static final int PARK = 60;
    public static final int REASON = 500;
    public static final int PARTICIPANTS = 300;
    public static final int SITUATION = 2000;
    public static final int ISSUES = 20;
    public static final int ISSUE_SUMMARY = 200;
    public static final int ISSUE_DETAILS = 2000;
    public static final int RESOLUTION = 500;
    public static final int CONTACT_NAME = 50;
    public static final int CONTACT_EMAIL = 100;
    /** How long after a visit it may still be entered in the ledger, in days. */
    public static final int LATE_LOGGING_DAYS = 31;

    private EnterpriseLimits() {}
}
