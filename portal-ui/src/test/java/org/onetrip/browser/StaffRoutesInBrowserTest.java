package org.onetrip.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchRequest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The role matrix of the staff screens, in real Chromium: every role (and nobody) visits every staff
 * route, and the server either shows the screen, refuses it, or sends the visitor to sign in. A handler
 * typing another department's case into the address bar gets a refusal and none of the case; a mistyped address
 * gets the portal's own "page not found", in the menus, in Chinese. One
 * application, one browser, one sign-in per role.
 */
class StaffRoutesInBrowserTest {

    static final String PASSWORD = "onetrip-demo";
    static final String OWN_CASE = "/inbox/case/own";
    static final String OTHER_CASE = "/inbox/case/other";
    static final String NOWHERE = "/no-such-screen";

    /** Each route, and what only that screen shows. */
    static final Map<String, String> SCREENS = new LinkedHashMap<>();

    static {
        SCREENS.put("/intake", "#intake-awaiting");
        SCREENS.put("/inbox", "#inbox-cases");
        SCREENS.put("/discipline", "#flagged-cases");
        SCREENS.put("/audit", "#audit-lookup");
        SCREENS.put("/admin", "#admin-accounts");
        SCREENS.put("/appointments/desk", "#desk-list");
        SCREENS.put("/appointments/slots", "#slots-list");
        SCREENS.put("/agency", "#agency-list");
        SCREENS.put(OWN_CASE, "#inbox-case-history");
        SCREENS.put(OTHER_CASE, "#inbox-case-history");
        SCREENS.put(NOWHERE, "#page-not-found");
    }

    /** Who may see which routes; "" is nobody signed in. */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("", Set.of());
        ALLOWED.put("zhang.min", Set.of("/intake", "/appointments/desk", "/appointments/slots", "/agency"));
        ALLOWED.put("handler.guotu", Set.of("/inbox", OWN_CASE, "/appointments/desk", "/agency"));
        ALLOWED.put("li.qing", Set.of("/discipline", "/audit", "/agency"));
        ALLOWED.put("auditor", Set.of("/audit"));
        ALLOWED.put("admin", Set.of("/admin", "/audit", "/appointments/slots", "/agency"));
    }

    enum Outcome {
        SHOWN,
        REFUSED,
        SIGN_IN,
        CASE_DENIED,
        NOTHING
    }

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext app;
    static Browser browser;
    static String base;
    static String ownCaseId;
    static String otherCaseId;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        app = Browser.startPortal(dataDir, "--onetrip.integrity.checkpoint.cron=-");
        base = Browser.baseOf(app);
        // demo data: the land report is with 国土所, the bounced 低保 complaint with 民政所
        ownCaseId = caseOf("guotu");
        otherCaseId = caseOf("minzheng");
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, app);
    }

    @Test
    void every_role_sees_exactly_the_staff_screens_it_is_allowed_and_nobody_signed_in_is_sent_to_sign_in() {
        var wrong = new ArrayList<String>();
        ALLOWED.forEach((who, allowed) -> {
            try (var context = browser.newContext()) {
                var page = context.newPage();
                if (!who.isEmpty()) {
                    signIn(page, who);
                }
                SCREENS.forEach((route, marker) -> {
                    var expected = expected(who, allowed, route);
                    page.navigate(base
                            + route.replace(OWN_CASE, "/inbox/case/" + ownCaseId)
                                    .replace(OTHER_CASE, "/inbox/case/" + otherCaseId));
                    var outcome = outcome(page, marker);
                    if (outcome != expected) {
                        wrong.add((who.isEmpty() ? "nobody" : who) + " → " + route + ": " + outcome + ", expected "
                                + expected);
                    }
                    if (route.equals(NOWHERE) && outcome == Outcome.SHOWN) {
                        assertThat(page.locator("#page-not-found").innerText())
                                .contains("找不到这个页面")
                                .doesNotContain("navigate");
                        assertThat(page.locator("#signed-in-as").isVisible()).isTrue();
                        assertThat(page.title()).isEqualTo("找不到这个页面");
                    }
                    if (outcome == Outcome.REFUSED) {
                        assertThat(page.title()).isEqualTo("无权访问");
                    }
                    if (outcome == Outcome.CASE_DENIED) {
                        assertThat(page.locator("body").innerText()).doesNotContain("申请低保");
                        Browser.screenshot(page, "routes-handler-other-department");
                    }
                });
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_sign_in_form_asks_for_what_is_missing_and_names_its_eye_button_in_chinese() {
        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.navigate(base + "/login");
            var eye = page.locator("vaadin-login-form vaadin-password-field-button");
            assertThat(eye).hasAttribute("aria-label", "显示密码");

            page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();

            assertThat(page.locator("vaadin-login-form vaadin-text-field[name=username]"))
                    .containsText("请输入用户名。");
            assertThat(page.locator("vaadin-login-form vaadin-password-field[name=password]"))
                    .containsText("请输入密码。");
        }
    }

    private static Outcome expected(String who, Set<String> allowed, String route) {
        if (who.isEmpty()) {
            return Outcome.SIGN_IN;
        }
        if (allowed.contains(route) || route.equals(NOWHERE)) {
            return Outcome.SHOWN;
        }
        return who.startsWith("handler.") && route.equals(OTHER_CASE) ? Outcome.CASE_DENIED : Outcome.REFUSED;
    }

    /** What the page settles on: the screen, the portal's 403 page, the sign-in form, or the inbox's own denial. */
    private static Outcome outcome(Page page, String marker) {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (page.url().contains("/login")
                    && page.locator("vaadin-login-form").count() > 0) {
                return Outcome.SIGN_IN;
            }
            if (page.locator("#inbox-case-denied").count() > 0) {
                return page.locator(marker).count() > 0 ? Outcome.SHOWN : Outcome.CASE_DENIED;
            }
            if (page.locator(marker).count() > 0 && page.locator(marker).first().isVisible()) {
                return Outcome.SHOWN;
            }
            if (page.locator("#access-denied").count() > 0) {
                return Outcome.REFUSED;
            }
            page.waitForTimeout(200);
        }
        return Outcome.NOTHING;
    }

    private static void signIn(Page page, String username) {
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
        page.locator("#signed-in-as").waitFor();
    }

    private static String caseOf(String department) throws InterruptedException {
        var search = app.getBean(CaseSearch.class);
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var hits = search.search(new CaseSearchRequest(
                            null,
                            List.of(CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS),
                            List.of(department),
                            null,
                            null,
                            null,
                            null,
                            false,
                            0,
                            10,
                            CaseSearchRequest.CaseSort.NEWEST))
                    .hits();
            if (!hits.isEmpty()) {
                return hits.get(0).caseId();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the demo data never showed a case of " + department);
    }
}
