package org.onetrip.grid.api;

import java.util.regex.Pattern;

/** Sizes the grid commands accept; the forms use the same numbers. */
public final class GridLimits {

    /** A grid's id is its short code, chosen when it is drawn: {@code sidian-1}. */
    public static final Pattern GRID_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    public static final int NAME = 60;
    public static final int AREA = 500;
    public static final int REASON = 500;
    public static final int PLACE = 200;
    public static final int VISITED_WHO = 500;
    public static final int NOTE = 2000;
    public static final int ISSUES = 20;
    public static final int ISSUE_SUMMARY = 200;
    public static final int ISSUE_DETAILS = 2000;
    public static final int RESOLUTION = 500;
    public static final int MAX_HOUSEHOLDS = 500;
    public static final int MAX_ENTERPRISES = 100;
    /** How long after a visit it may still be logged, in days; older visits are not believed. */
    public static final int LATE_LOGGING_DAYS = 31;

    public static final int MIN_VISITS_PER_MONTH = 1;
    public static final int MAX_VISITS_PER_MONTH = 10;

    private GridLimits() {}
}
