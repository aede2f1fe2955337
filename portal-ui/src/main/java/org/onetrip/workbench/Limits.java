package org.onetrip.workbench;

/** The lengths the staff API promises (CaseRequests, FileCaseRequest); the forms refuse longer input. */
public final class Limits {

    public static final int TITLE = 200;
    public static final int DESCRIPTION = 5000;
    public static final int REASON = 2000;
    public static final int ANSWER = 5000;
    public static final int CONTACT_NAME = 50;
    public static final int EMAIL = 100;
    public static final int MIN_EXTENSION_DAYS = 1;
    public static final int MAX_EXTENSION_DAYS = 10;

    private Limits() {}
}
