package org.onetrip.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.testing.ProjectionsCaughtUp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * "网格走访，企业联点" and the discipline office's queue, clicked through in real Chromium on the demo data:
 * a grid cadre logs a visit whose issue becomes a case, the month's compliance, the party office's grid
 * page; an enterprise registered with its one-time code, its liaison cadre's ledger, the desk assigning
 * a kind of requests together and the enterprise reading them with its code; an allegation in the
 * discipline office's queue, the desk warned before it hands a complaint to the department it is about,
 * the office's decision, and the bulletin's sections.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiaisonInBrowserTest {

    static final String PASSWORD = "onetrip-demo";

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
    @Order(1)
    void a_grid_cadre_logs_a_visit_and_the_issue_found_becomes_a_case_with_a_receipt_code_for_the_resident() {
        var cadre = signIn("sun.hong", 1700);
        cadre.navigate(base + "/grid-visits");
        pick(cadre, "#visit-grid", "泗店村一网格");
        cadre.locator("#visit-place input").fill("泗店村二组");
        cadre.locator("#visit-households input").fill("4");
        cadre.locator("#visit-who input").fill("留守老人三户");
        cadre.locator("#visit-add-issue").click();
        var issue = cadre.locator(".issue-row").first();
        issue.locator(".issue-summary input").fill("村卫生室缺常用药");
        issue.locator(".issue-details textarea").fill("村卫生室降压药断供两周，老人要跑到乡里买。");
        issue.locator(".issue-resident-name input").fill("张大娘");
        issue.locator(".issue-resident-phone input").fill("13800006666");
        cadre.locator("#visit-log").click();
        assertThat(cadre.locator("#visit-logged")).containsText("1个问题已转为工单");
        var raised = cadre.locator(".visit-raised-case").first();
        assertThat(raised).containsText(Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}"));
        assertThat(raised).containsText(Pattern.compile("案件编号 R-[0-9A-Z]{12}"));
        assertThat(cadre.locator("#visit-list")).containsText("泗店村二组");
        assertThat(cadre.locator("body")).not().containsText("13800006666");
        Browser.screenshot(cadre, "liaison-1-grid-visit-logged");

        var code = raised.textContent().replaceAll(".*：", "").strip();
        try (var context = browser.newContext()) {
            var resident = context.newPage();
            resident.navigate(base + "/track/" + code);
            assertThat(resident.locator("#track-result")).containsText("村卫生室缺常用药");
            assertThat(resident.locator("#track-result")).not().containsText("张大娘");
        }

        cadre.navigate(base + "/grid-compliance");
        assertThat(cadre.locator("#compliance-totals")).containsText("3个网格");
        assertThat(cadre.locator("#compliance-grids")).containsText("泗店村一网格");
        cadre.locator("#compliance-grids vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("南关村网格"))
                .first()
                .click();
        assertThat(cadre.locator(".compliance-cadre").first()).isVisible();
        Browser.screenshot(cadre, "liaison-2-grid-compliance");
    }

    @Test
    @Order(2)
    void the_party_office_sees_its_grids_and_their_posts_and_the_norm() {
        var office = signIn("zhao.lei", 1500);
        office.navigate(base + "/grids");
        assertThat(office.locator("#grids")).containsText("孙红（民政所）");
        office.locator("#grids vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("泗店村二网格（sidian-2）"))
                .first()
                .click();
        assertThat(office.locator("#grid-details-heading")).containsText("泗店村二网格");
        assertThat(office.locator("#grid-tenures")).containsText("民政所承办人");
        assertThat(office.locator("#norm-history")).containsText("一开始");
        Browser.screenshot(office, "liaison-3-grids");
    }

    @Test
    @Order(3)
    void an_enterprise_is_registered_visited_its_requests_assigned_together_and_followed_with_its_code() {
        var office = signIn("zhao.lei", 1300);
        office.navigate(base + "/enterprises");
        office.locator("#enterprise-name input").fill("泗店食品厂");
        pick(office, "#enterprise-sector", "制造业");
        office.locator("#enterprise-park input").fill("乡工业园");
        Browser.choose(office, "#enterprise-liaison", "钱峰");
        office.locator("#enterprise-contact-name input").fill("孟厂长");
        office.locator("#enterprise-contact-phone input").fill("13900007777");
        office.locator("#enterprise-register").click();
        var shown = office.locator("#access-code");
        assertThat(shown).hasText(Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}"));
        var code = shown.textContent().strip();
        assertThat(office.locator("#enterprise-register-list")).containsText("泗店食品厂");
        assertThat(office.locator("#enterprise-register-list")).not().containsText("13900007777");
        Browser.screenshot(office, "liaison-4-enterprise-registered");

        var liaison = signIn("qian.feng", 1500);
        liaison.navigate(base + "/enterprise-ledger");
        pick(liaison, "#ledger-enterprise", "泗店食品厂");
        liaison.locator("#ledger-participants input").fill("项目办、乡供电所");
        liaison.locator("#ledger-situation textarea").fill("新建冷库即将投产，需增加用电负荷。");
        liaison.locator("#ledger-add-issue").click();
        var first = liaison.locator(".ledger-issue-row").first();
        pickWithin(liaison, first.locator(".ledger-issue-type"), "水电气供应");
        first.locator(".ledger-issue-summary input").fill("冷库用电增容");
        liaison.locator("#ledger-log").click();
        assertThat(liaison.locator("#ledger-requests-raised")).containsText("1个问题已转为企业诉求");
        assertThat(liaison.locator("#ledger-entries")).containsText("泗店食品厂");
        Browser.screenshot(liaison, "liaison-5-ledger");

        // the requests screen lists a request once its case is in the case index, another projection
        ProjectionsCaughtUp.await(app, Duration.ofSeconds(60));
        var intake = signIn("zhang.min", 1300);
        intake.navigate(base + "/enterprise-requests");
        var utilities = intake.locator("#request-group-UTILITIES");
        assertThat(utilities).containsText("冷库用电增容");
        assertThat(utilities).containsText("三相电容量不足");
        Browser.choose(intake, "#assign-together-department-UTILITIES", "项目办");
        Browser.screenshot(intake, "liaison-6-requests-by-kind");
        intake.locator("#assign-together-UTILITIES").click();
        assertThat(intake.locator("#request-group-UTILITIES"))
                .not()
                .containsText(
                        "已登记",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(15000));

        try (var context = browser.newContext(1280, 1000)) {
            var enterprise = context.newPage();
            enterprise.navigate(base + "/enterprise");
            enterprise.locator("#enterprise-code input").fill("0000-0000-0000-00000");
            enterprise.locator("#enterprise-code-show").click();
            assertThat(enterprise.locator("#enterprise-not-found")).isVisible();
            enterprise.locator("#enterprise-code input").fill(code.toLowerCase());
            enterprise.locator("#enterprise-code-show").click();
            assertThat(enterprise.locator("#enterprise-status-name")).hasText("泗店食品厂");
            assertThat(enterprise.locator("#enterprise-requests")).containsText("已交办");
            assertThat(enterprise.locator("#enterprise-requests")).containsText("项目办");
            org.assertj.core.api.Assertions.assertThat(enterprise.url()).doesNotContain(code);
            Browser.screenshot(enterprise, "liaison-7-enterprise-own-requests");
        }
    }

    @Test
    @Order(4)
    void an_allegation_is_in_the_queue_at_filing_and_the_desk_is_warned_before_it_hands_it_to_its_department() {
        var intake = signIn("zhang.min", 1700);
        intake.navigate(base + "/intake");
        selectCase(intake, "村委会开证明互相推诿");
        assertThat(intake.locator("#conflict-warning-text")).containsText("南关村委会");
        intake.locator("#intake-accept").click();
        selectCase(intake, "村委会开证明互相推诿");
        Browser.choose(intake, "#intake-assign-department", "南关村委会");
        assertThat(intake.locator("#conflict-warning-text")).containsText("未经纪委办决定不能交其办理");
        intake.locator("#conflict-request-reason input").fill("开具务工证明属村委会职责，请纪委办决定能否由南关村委会办理。");
        Browser.screenshot(intake, "liaison-8-intake-conflict-warning");
        intake.locator("#conflict-request").click();
        assertThat(intake.locator("#conflict-warning-text")).containsText("等待决定");

        var discipline = signIn("li.qing", 1500);
        discipline.navigate(base + "/discipline/allegations");
        var card = discipline.locator(".allegation", new Page.LocatorOptions().setHasText("村委会开证明互相推诿"));
        for (int attempt = 0; attempt < 20 && !card.textContent().contains("待决定回避"); attempt++) {
            discipline.waitForTimeout(500);
            discipline.reload();
        }
        assertThat(card.locator(".allegation-state")).hasText("待决定回避");
        assertThat(discipline.locator("#allegations")).containsText("申请低保跑了三趟");
        Browser.screenshot(discipline, "liaison-9-discipline-queue");
        card.locator(".decision-reason input").fill("证明只能由村委会出具，准许南关村委会办理，纪委办跟踪是否再推诿。");
        card.locator(".decision-permit").click();
        assertThat(discipline.locator("body")).containsText("决定已记录");
        discipline.locator("#allegations-waiting-only").click();
        assertThat(card).containsText("纪委办于");
        // once decided, the form offers a change of the decision, not the same question again
        assertThat(card.locator(".decision-reason")).containsText("如需改变是否由南关村委会办理的决定");

        selectCase(intake, "村委会开证明互相推诿");
        Browser.choose(intake, "#intake-assign-department", "南关村委会");
        assertThat(intake.locator("#conflict-warning-text")).containsText("纪委办已准许南关村委会办理");
        intake.locator("#intake-assign").click();
        assertThat(intake.locator("body")).not().containsText("未能办理");
    }

    @Test
    @Order(5)
    void the_month_s_bulletin_shows_grid_visits_and_enterprise_liaison() {
        try (var context = browser.newContext(1280, 2600)) {
            var page = context.newPage();
            page.navigate(base + "/bulletins");
            page.locator("#bulletins-grid a").first().click();
            assertThat(page.locator("#bulletin-grid-visits")).containsText("网格走访");
            assertThat(page.locator("#bulletin-grid-table")).containsText("泗店村一网格");
            assertThat(page.locator("#bulletin-enterprises")).containsText("企业联点");
            assertThat(page.locator("#bulletin-enterprise-table")).containsText("水电气供应");
            assertThat(page.locator("#bulletin-liaison")).not().containsText("孙红");
            page.locator("#bulletin-grid-visits").scrollIntoViewIfNeeded();
            Browser.screenshot(page, "liaison-10-bulletin-sections");
        }
    }

    // ---- helpers

    private static Page signIn(String username, int height) {
        var page = browser.newContext(1280, height).newPage();
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
        assertThat(page.locator("#signed-in-as")).isVisible();
        return page;
    }

    /** Chooses an item of a Vaadin select by its label. */
    private static void pick(Page page, String select, String label) {
        page.locator(select).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(label))
                .first()
                .click();
    }

    private static void pickWithin(Page page, Locator select, String label) {
        select.click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(label))
                .first()
                .click();
    }

    /** The intake grid follows the search side a moment later: reload until the case shows, then select it. */
    private static void selectCase(Page intake, String title) {
        var cell = intake.locator(
                        "#intake-awaiting vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(title))
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
        assertThat(intake.locator("#intake-selected-title")).containsText(title);
    }
}
