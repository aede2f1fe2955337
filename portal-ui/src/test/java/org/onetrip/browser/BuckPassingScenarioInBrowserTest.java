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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.testing.ProjectionsCaughtUp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The buck-passing story of issue 4, clicked through in real Chromium: filed by the public, bounced
 * 国土所 → 村镇中心 → 国土所 (the transfer back proposed by 村镇中心 and approved by the intake desk),
 * flagged for the discipline office, answered, tracked and rated by the public, and looked at by an
 * auditor as it stood before the transfer, while the proposal was waiting.
 */
class BuckPassingScenarioInBrowserTest {

    static final String TITLE = "宅基地审批两个部门互相推诿";
    static final String PASSWORD = "onetrip-demo";

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext app;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        app = Browser.startPortal(dataDir, "--onetrip.demo-data=false", "--onetrip.integrity.checkpoint.cron=-");
        base = Browser.baseOf(app);
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, app);
    }

    @Test
    void a_complaint_bounced_between_two_departments_is_flagged_answered_rated_and_audited() throws Exception {
        String code;
        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.navigate(base + "/file");
            Browser.choose(page, "#kind", "投诉");
            page.locator("#title input").fill(TITLE);
            page.locator("#description textarea").fill("申请宅基地，国土所说归村镇中心，村镇中心又说归国土所。<script>alert(1)</script>");
            page.locator("#submit-filing").click();
            assertThat(page.locator("#receipt-code"))
                    .hasText(Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}"));
            code = page.locator("#receipt-code").textContent().strip();
            Browser.screenshot(page, "scenario-1-receipt");
        }
        var caseId = api("/api/staff/cases/by-receipt-code/" + code, "zhang.min")
                .get("caseId")
                .asText();

        var intake = signIn("zhang.min");
        intakeSelects(intake);
        intake.locator("#intake-accept").click();
        awaitStatus(caseId, "ACCEPTED");
        intakeSelects(intake);
        Browser.choose(intake, "#intake-assign-department", "国土所");
        intake.locator("#intake-assign").click();
        awaitStatus(caseId, "ASSIGNED");
        Browser.screenshot(intake, "scenario-2-intake");

        var landOffice = signIn("handler.guotu");
        openCase(landOffice, caseId);
        landOffice.locator("#handler-text textarea").fill("宅基地规划审查属村镇中心，退回重新交办。");
        landOffice.locator("#handler-return").click();
        awaitStatus(caseId, "RETURNED");

        intakeSelects(intake);
        Browser.choose(intake, "#intake-assign-department", "村镇中心");
        intake.locator("#intake-assign").click();
        awaitStatus(caseId, "ASSIGNED");

        var villageCentre = signIn("handler.cunzhen");
        openCase(villageCentre, caseId);
        Browser.choose(villageCentre, "#handler-transfer-to", "国土所");
        villageCentre.locator("#handler-text textarea").fill("用地审批权在国土所，转国土所办理。");
        villageCentre.locator("#handler-propose-transfer").click();
        awaitEvent(caseId, "TransferProposedEvent");
        openCase(villageCentre, caseId);
        assertThat(villageCentre.locator("#case-overview")).containsText("待审核转办");
        assertThat(villageCentre.locator("#case-overview")).containsText("国土所");
        assertThat(villageCentre.locator("#handler-propose-transfer")).isDisabled();

        // the audit view works to the second: leave a whole second on either side of the instant chosen
        Thread.sleep(1100);
        var beforeTransfer = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0);
        Thread.sleep(1100);
        intakeApprovesTheTransferProposal(intake);
        awaitEvent(caseId, "CaseTransferredEvent");
        // the discipline screen reads the case index, which shows the ping-pong once the transfer is indexed
        ProjectionsCaughtUp.await(app, Duration.ofSeconds(60));

        var discipline = signIn("li.qing");
        discipline.navigate(base + "/discipline");
        var flagged = discipline.locator("text=" + TITLE).first();
        assertThat(flagged).isVisible();
        assertThat(discipline.locator("body")).containsText("部门间来回推诿");
        assertThat(discipline.locator("body")).containsText("国土所 → 村镇中心 → 国土所");
        assertThat(discipline.locator("#department-summary vaadin-grid-sorter"))
                .hasAttribute("aria-label", "按“线索权重”排序");
        Browser.screenshot(discipline, "scenario-3-discipline");

        openCase(landOffice, caseId);
        landOffice.locator("#handler-sign-for").click();
        awaitStatus(caseId, "IN_PROGRESS");
        openCase(landOffice, caseId);
        landOffice.locator("#handler-text textarea").fill("已受理宅基地申请，所需材料：身份证、户口簿、村委会意见，可邮寄办理。");
        landOffice.locator("#handler-answer").click();
        awaitStatus(caseId, "ANSWERED");

        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.navigate(base + "/track/" + code);
            assertThat(page.locator("#case-answer")).containsText("可邮寄办理");
            assertThat(page.locator("#track-result")).not().containsText("handler.");
            page.locator("#rating vaadin-radio-button", new Page.LocatorOptions().setHasText("满意"))
                    .first()
                    .click();
            page.locator("#submit-rating").click();
            assertThat(page.locator("#case-status")).containsText("已评价");
            Browser.screenshot(page, "scenario-4-tracked-and-rated");
        }
        awaitStatus(caseId, "RATED");

        var auditor = signIn("auditor");
        auditor.navigate(base + "/audit?case=" + caseId + "&at=" + beforeTransfer);
        assertThat(auditor.locator("#state-as-of")).containsText("村镇中心");
        auditor.locator("#audit-raw-events vaadin-details-summary").click();
        assertThat(auditor.locator("#audit-timeline")).containsText("TransferProposedEvent");
        assertThat(auditor.locator("#audit-timeline")).containsText("CaseTransferredEvent");
        Browser.screenshot(auditor, "scenario-5-audit-before-transfer");
    }

    private static Page signIn(String username) {
        var page = browser.newContext().newPage();
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
        assertThat(page.locator("#signed-in-as")).isVisible();
        return page;
    }

    /** The intake grid reads the search projection, which follows the events by a moment: reload until it shows. */
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

    /** The proposals grid reads the search projection too: reload until the proposal shows, then approve it. */
    private static void intakeApprovesTheTransferProposal(Page intake) {
        var cell = intake.locator(
                        "#intake-transfer-proposals vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText(TITLE))
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
        assertThat(intake.locator("#intake-proposal-selected")).containsText("村镇中心 → 国土所");
        Browser.screenshot(intake, "scenario-2b-intake-transfer-proposal");
        intake.locator("#intake-approve-transfer").click();
    }

    /**
     * A department may open a case once the search projection shows it as theirs, a moment after the
     * assignment or transfer: reload until the actions appear, and start every step from a fresh page.
     */
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

    private static void awaitStatus(String caseId, String status) throws Exception {
        var deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (status.equals(api("/api/staff/cases/" + caseId + "/timeline", "zhang.min")
                    .get("status")
                    .asText())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the case never reached " + status);
    }

    private static void awaitEvent(String caseId, String type) throws Exception {
        var deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (api("/api/staff/cases/" + caseId + "/timeline", "zhang.min")
                    .get("events")
                    .findValuesAsText("type")
                    .contains(type)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the case never recorded " + type);
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
