package org.onetrip.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The staff case pages as a township clerk uses them, in real Chromium, on the demo data: the intake
 * desk accepts and assigns a new complaint (the case staying selected, the next step offered), the
 * handler reads the complaint, signs for it without losing an answer already typed, proposes a transfer
 * and answers; the discipline office opens a flagged case, supervises and records accountability and
 * sees both on the page. No page shows stored JSON, event class names, enum keys or ids.
 */
class StaffCasePagesInBrowserTest {

    static final String PASSWORD = "onetrip-demo";
    static final String TITLE = "路灯坏了三个月没人修";
    static final String TEXT = "村口路灯坏了三个月，找村里说归供电所，供电所又说归镇里。";

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext app;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        app = Browser.startPortal(dataDir, "--onetrip.integrity.checkpoint.cron=-");
        base = Browser.baseOf(app);
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, app);
    }

    @Test
    void each_role_works_its_case_from_a_page_that_speaks_their_language() throws Exception {
        var filed = post(
                "/api/public/cases",
                "{\"kind\":\"COMPLAINT\",\"category\":\"BUCK_PASSING\",\"title\":\"" + TITLE + "\",\"description\":\""
                        + TEXT + "\",\"anonymous\":true}");
        var caseId = api(
                        "/api/staff/cases/by-receipt-code/"
                                + filed.get("receiptCode").asText(),
                        "zhang.min")
                .get("caseId")
                .asText();

        // intake: the complaint itself, accepting offered first, then assigning; the case stays selected
        var intake = signIn("zhang.min");
        intakeSelects(intake);
        assertThat(intake.locator("#intake-case-detail")).containsText(TEXT);
        assertThat(intake.locator("#intake-accept")).hasAttribute("theme", Pattern.compile("primary"));
        intake.locator("#intake-accept").click();
        assertThat(intake.locator("#case-feedback")).containsText("已受理");
        assertThat(intake.locator("#intake-selected-title")).containsText(TITLE);
        assertThat(intake.locator("#intake-accept")).isDisabled();
        assertThat(intake.locator("[data-action=ACCEPT]")).hasAttribute("title", Pattern.compile("现在不能办理"));
        assertThat(intake.locator("#intake-assign")).hasAttribute("theme", Pattern.compile("primary"));
        Browser.choose(intake, "#intake-assign-department", "民政所");
        intake.locator("#intake-assign").click();
        assertThat(intake.locator("#case-feedback")).containsText("已交办");
        assertThat(intake.locator("#intake-case-timeline")).containsText("交办给民政所");
        noDeveloperText(intake);
        top(intake);
        Browser.screenshot(intake, "staff-intake-zh");

        // handler: reads the complaint, types an answer, signs for it: the answer is still there
        var handler = signIn("handler.minzheng");
        openCase(handler, caseId);
        assertThat(handler.locator("#case-complaint")).hasText(TEXT);
        assertThat(handler.locator("#handler-answer")).isDisabled();
        handler.locator("#handler-text textarea").fill("已联系供电所，三日内修复。");
        handler.locator("#handler-sign-for").click();
        assertThat(handler.locator("#case-feedback")).containsText("已签收");
        assertThat(handler.locator("#handler-text textarea")).hasValue("已联系供电所，三日内修复。");
        assertThat(handler.locator("#handler-sign-for")).isDisabled();
        assertThat(handler.locator("#handler-answer")).hasAttribute("theme", Pattern.compile("primary"));
        Browser.choose(handler, "#handler-transfer-to", "泗店村委会");
        handler.locator("#handler-text textarea").fill("路灯属村里公共设施，建议转村委会。");
        handler.locator("#handler-propose-transfer").click();
        assertThat(handler.locator("#case-feedback")).containsText("已申请转办");
        assertThat(handler.locator("#handler-propose-transfer")).isDisabled();
        assertThat(handler.locator("#case-overview")).containsText("泗店村委会");
        assertThat(handler.locator("#inbox-case-history")).containsText("民政所");
        noDeveloperText(handler);
        top(handler);
        Browser.screenshot(handler, "staff-handler-case-zh");
        handler.locator("#handler-text textarea").fill("已协调供电所修复路灯。");
        handler.locator("#handler-answer").click();
        assertThat(handler.locator("#case-feedback")).containsText("已答复");
        assertThat(handler.locator("#inbox-case-history")).containsText("答复：已协调供电所修复路灯。");
        handler.locator("#language-switch").click();
        assertThat(handler.locator("#inbox-case-history")).containsText("answered: 已协调供电所修复路灯。");
        noDeveloperText(handler);
        top(handler);
        Browser.screenshot(handler, "staff-handler-case-en");

        // discipline: a flagged demo case, supervised and held to account, both on the page
        var bounced = flaggedDemoCase();
        var discipline = signIn("li.qing");
        discipline.navigate(base + "/discipline/case/" + bounced);
        assertThat(discipline.locator("#case-complaint")).isVisible();
        assertThat(discipline.locator("#case-flags")).isVisible();
        discipline
                .locator("#open-supervision-text textarea, #open-supervision-text input")
                .first()
                .fill("多次退回，督促民政所限期办结");
        discipline.locator("#open-supervision-submit").click();
        assertThat(discipline.locator("#case-supervision-records")).containsText("启动督办：多次退回，督促民政所限期办结");
        Browser.choose(discipline, "#accountability-department", "民政所");
        discipline.locator("#accountability-person input").fill("王五");
        discipline.locator("#accountability-measure").click();
        discipline
                .locator("vaadin-select-item", new Page.LocatorOptions().setHasText("责令整改"))
                .first()
                .click();
        discipline.locator("#accountability-findings textarea").fill("未入户调查即退回");
        discipline.locator("#accountability-submit").click();
        assertThat(discipline.locator("#case-supervision-records")).containsText("王五（责令整改）：未入户调查即退回");
        assertThat(discipline.locator("#case-overview")).containsText("纪委办督办中");
        noDeveloperText(discipline);
        top(discipline);
        Browser.screenshot(discipline, "staff-discipline-case-zh");
        discipline.locator("#language-switch").click();
        assertThat(discipline.locator("#case-supervision-records")).containsText("opened supervision");
        noDeveloperText(discipline);
        top(discipline);
        Browser.screenshot(discipline, "staff-discipline-case-en");

        // the auditor's raw view is the one place stored events are shown as stored
        var auditor = signIn("auditor");
        auditor.navigate(base + "/audit?case=" + bounced);
        // by default the history reads as sentences; the stored events wait behind the "原始事件" disclosure
        assertThat(auditor.locator("#audit-history")).containsText("启动督办：多次退回，督促民政所限期办结");
        assertThat(auditor.locator("#audit-timeline")).isHidden();
        noDeveloperText(auditor);
        auditor.locator("#audit-raw-events vaadin-details-summary").click();
        assertThat(auditor.locator("#audit-timeline")).isVisible();
        assertThat(auditor.locator("#audit-timeline")).containsText("SupervisionOpenedEvent");
        assertThat(auditor.locator("#audit-timeline")).containsText(Pattern.compile("\\{\\s*\""));
    }

    /** The app layout scrolls its content area, not the page: back to the top before a screenshot. */
    private static void top(Page page) {
        page.locator("h1, h2").first().scrollIntoViewIfNeeded();
        page.waitForTimeout(300);
    }

    private static void noDeveloperText(Page page) {
        StaffPageText.assertNoDeveloperText(page);
    }

    private static Page signIn(String username) {
        var page = browser.newContext().newPage();
        // tall enough that a case page's screenshot shows the complaint, the actions and the history
        page.setViewportSize(1280, 2200);
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
        page.locator("#signed-in-as").waitFor();
        return page;
    }

    /** The desk's list reads the search projection, which follows the events by a moment. */
    private static void intakeSelects(Page intake) {
        var cell = intake.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(TITLE))
                .first();
        for (int attempt = 0; attempt < 20; attempt++) {
            intake.navigate(base + "/intake");
            try {
                cell.waitFor(new Locator.WaitForOptions().setTimeout(2000));
                break;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                intake.waitForTimeout(500);
            }
        }
        cell.click();
        assertThat(intake.locator("#intake-selected-title")).containsText(TITLE);
    }

    private static void openCase(Page page, String caseId) {
        var actions = page.locator("#handler-case-actions");
        for (int attempt = 0; attempt < 20; attempt++) {
            page.navigate(base + "/inbox/case/" + caseId);
            try {
                actions.waitFor(new Locator.WaitForOptions().setTimeout(2000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                page.waitForTimeout(500);
            }
        }
        throw new AssertionError("the department never saw case " + caseId);
    }

    /** The demo's bounced 低保 case, once the buck-passing signals have reached the search projection. */
    private static String flaggedDemoCase() throws Exception {
        for (int attempt = 0; attempt < 40; attempt++) {
            var hits = api("/api/staff/search/cases?q=%E4%BD%8E%E4%BF%9D&flagged=true", "li.qing")
                    .get("hits");
            if (hits != null && !hits.isEmpty()) {
                return hits.get(0).get("caseId").asText();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no flagged 低保 case in the demo data");
    }

    private static JsonNode post(String path, String json) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    private static JsonNode api(String path, String username) throws Exception {
        var token = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", "Basic " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }
}
