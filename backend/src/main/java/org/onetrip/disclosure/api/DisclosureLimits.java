package org.onetrip.disclosure.api;

import java.util.regex.Pattern;

/** The size limits of every disclosure field; docs/api.md promises them. */
public final class DisclosureLimits {

    public static final Pattern ITEM_CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}-[0-9]{3,4}");
    public static final int NAME = 100;
    public static final int TEXT = 2000;
    public static final int ENTRY = 500;
    public static final int MATERIAL_NAME = 200;
    public static final int ENTRIES = 40;
    public static final int LOCATION = 200;
    public static final int MAX_COPIES = 99;
    public static final int MAX_WORKING_DAYS = 365;
    public static final int REASON = 2000;
    public static final int BATCH_NAME = 50;
    public static final int BATCH_ITEMS = 200;
    public static final int NOTICE_TITLE = 200;
    public static final int NOTICE_BODY = 10000;
    public static final int RELATED_ITEMS = 20;
    public static final int BULLETIN_TITLE = 200;

    private DisclosureLimits() {}
}
