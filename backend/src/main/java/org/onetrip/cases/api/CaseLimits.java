package org.onetrip.cases.api;

/**
 * The lengths and formats every entry point promises for a case's texts (docs/api.md): the REST bodies,
 * the portal's forms and Open311 check against these, so they cannot drift apart. How many working days
 * an extension may add is configuration ({@code onetrip.deadlines.max-extension-working-days}), not here;
 * {@link #EXTENSION_DAYS_CEILING} only bounds what that configuration may say.
 */
public final class CaseLimits {

    public static final int TITLE = 200;
    public static final int DESCRIPTION = 5000;
    public static final int REASON = 2000;
    public static final int ANSWER = 5000;
    public static final int CODE = 64;
    public static final int CONTACT_NAME = 50;
    public static final int EMAIL = 100;
    public static final int RESPONSIBLE_PERSON = 50;
    /** Digits, spaces, plus and hyphen; 5 to 20 of them. */
    public static final String PHONE_PATTERN = "[0-9+\\- ]{5,20}";

    public static final String PHONE_MESSAGE = "must be a phone number of 5 to 20 digits";
    public static final int MIN_EXTENSION_DAYS = 1;
    public static final int EXTENSION_DAYS_CEILING = 30;

    private CaseLimits() {}
}
