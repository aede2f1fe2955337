package org.onetrip.disclosure.api;

/** Where and how to apply: at a window (and which), online (and where), and whether results are posted. */
public record HowToApply(
        boolean window, String windowLocation, boolean online, String onlineEntry, boolean postalDelivery) {

    public static final HowToApply NONE = new HowToApply(false, null, false, null, false);
}
