package org.onetrip.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** What a clerk must never read on a staff page (the auditor's raw view aside), checked in one place. */
final class StaffPageText {

    /** A JSON block, an event or command class name, an enum key, a UUID. */
    static final Pattern DEVELOPER_TEXT = Pattern.compile(
            "\\{\\s*\"" // a JSON block
                    + "|\\b[A-Z][A-Za-z]+(Event|Command)\\b" // an event or command class
                    + "|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b" // an enum key
                    + "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"); // a UUID

    private StaffPageText() {}

    static void assertNoDeveloperText(Page page) {
        page.waitForLoadState();
        assertNoDeveloperText(page.locator("body").innerText(), page.url());
    }

    static void assertNoDeveloperText(String text, String where) {
        assertThat(DEVELOPER_TEXT.matcher(text).find())
                .as("developer text on " + where + ": " + matchOf(text))
                .isFalse();
    }

    private static String matchOf(String text) {
        var matcher = DEVELOPER_TEXT.matcher(text);
        return matcher.find()
                ? text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 40))
                : "";
    }
}
