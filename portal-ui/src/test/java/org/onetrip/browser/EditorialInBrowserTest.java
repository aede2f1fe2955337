package org.onetrip.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The 政务公开 editing screens in real Chromium on the demo portal, in both languages, with screenshots:
 * an item drafted, published in a batch and revised; a notice corrected; a bulletin previewed, then
 * published; the annual assessment with its weights; and the discipline office's department summary
 * with its monthly trend, also on a 390 px phone. No page shows a JSON block, an event class name, an
 * enum key or a UUID.
 */
class EditorialInBrowserTest {

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
    void the_assessment_screen_shows_the_weights_it_used_and_how_each_score_is_made_up_in_both_languages() {
        try (var context = tall()) {
            var page = signIn(context.newPage(), "li.qing");
            page.navigate(base + "/editor/assessment");
            assertThat(page.locator("#assessment-weights")).containsText("按期办结率权重");
            assertThat(page.locator("#assessment-scores")).containsText("基础分");
            assertThat(page.locator("#assessment-scores")).containsText("退回");
            readable(page);
            Browser.screenshot(page, "editor-assessment");

            english(page);
            assertThat(page.locator("#assessment-weights")).containsText("Weight of the on-time rate");
            assertThat(page.locator("#assessment-scores")).containsText("returns");
            readable(page);
            Browser.screenshot(page, "editor-assessment-en");
        }
    }

    @Test
    void the_discipline_office_previews_a_bulletin_then_publishes_exactly_that() {
        try (var context = tall()) {
            var page = signIn(context.newPage(), "li.qing");
            page.navigate(base + "/editor/bulletins");
            assertThat(page.locator("#bulletin-publish")).isDisabled();
            // the demo cases were filed at start-up, in the current month
            var month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
            pick(page, "#bulletin-period", month.getYear() + "年" + month.getMonthValue() + "月");
            page.locator("#bulletin-preview").click();
            assertThat(page.locator("#bulletin-preview-table")).containsText("全乡合计");
            assertThat(page.locator("#bulletin-publish")).isEnabled();
            readable(page);
            Browser.screenshot(page, "editor-bulletin-preview");

            page.locator("#bulletin-publish").click();
            assertThat(page.locator("#bulletin-message")).hasText("已发布，内容与预览一致。");
            page.locator("#bulletin-published-link").click();
            assertThat(page.locator("#bulletin-table")).containsText("全乡合计");

            page.navigate(base + "/editor/bulletins");
            english(page);
            page.locator("#bulletin-preview").click();
            assertThat(page.locator("#bulletin-preview-table")).containsText("Township total");
            readable(page);
            Browser.screenshot(page, "editor-bulletin-preview-en");
        }
    }

    @Test
    void
            an_editor_drafts_publishes_in_a_batch_and_revises_an_item_and_the_public_page_shows_the_new_version_and_its_history() {
        try (var context = tall()) {
            var page = signIn(context.newPage(), "zhang.min");
            page.navigate(base + "/editor/items");
            page.locator("#item-new-draft").click();
            page.locator("#item-code input").fill("MZ-950");
            page.locator("#item-name input").fill("高龄津贴申领");
            Browser.choose(page, "#item-department", "民政所");
            pick(page, "#item-hall-zone", "民政专区");
            pick(page, "#item-classification", "最多跑一次");
            page.locator("#item-scope textarea").fill("本乡户籍八十周岁以上老人");
            page.locator("#item-conditions textarea").fill("本乡户籍\n年满八十周岁\n其他相关材料");
            // the check follows typing after a pause (lazy value change)
            page.waitForTimeout(800);
            assertThat(page.locator("#item-check-vague")).containsText("其他相关材料");
            page.locator("#item-add-material").click();
            page.locator(".item-material-name input").fill("身份证");
            page.locator("#item-legal-days input").fill("10");
            page.locator("#item-promised-days input").fill("5");
            page.locator("#item-fees input").fill("不收费");
            page.locator("#item-steps textarea").fill("窗口受理\n审核\n发放");
            page.locator("#item-window").click();
            page.locator("#item-window-location input").fill("民政专区2号窗口");
            page.locator("#item-window-location input").press("Tab");
            page.waitForTimeout(1000);
            Browser.screenshot(page, "editor-item-draft");
            assertThat(page.locator("#item-check-vague")).containsText("其他相关材料");
            readable(page);

            page.locator("#item-conditions textarea").fill("本乡户籍\n年满八十周岁");
            page.waitForTimeout(800);
            assertThat(page.locator("#item-check-ready")).isVisible();
            page.locator("#item-save").click();
            assertThat(page.locator("#item-message")).hasText("草稿 MZ-950 已创建。");

            page.locator("#batch-items vaadin-checkbox", new Page.LocatorOptions().setHasText("MZ-950"))
                    .click();
            page.locator("#batch-name input").fill("第三批");
            page.locator("#batch-publish").click();
            assertThat(page.locator("#item-message")).hasText("“第三批”已公布，共 1 项。");

            page.locator("#item-list").getByText("MZ-950").click();
            page.locator("#item-promised-days input").fill("3");
            page.locator("#item-change-note textarea").fill("承诺时限由5个工作日缩短为3个工作日");
            page.locator("#item-publish-revision").click();
            assertThat(page.locator("#item-message")).hasText("事项 MZ-950 的新版本已发布。");
            assertThat(page.locator("#item-history")).containsText("由“5”改为“3”");
            readable(page);
            Browser.screenshot(page, "editor-item-revised");
            english(page);
            page.locator("#item-list").getByText("MZ-950").click();
            assertThat(page.locator("#item-history")).containsText("from “5” to “3”");
            readable(page);
            Browser.screenshot(page, "editor-item-revised-en");

            var visitor = context.newPage();
            visitor.navigate(base + "/items/MZ-950");
            assertThat(visitor.locator("body")).containsText("承诺时限由5个工作日缩短为3个工作日");
            assertThat(visitor.locator("body")).containsText("第三批");
        }
    }

    @Test
    void an_editor_corrects_a_notice_and_the_public_sees_the_correction_beside_the_original() {
        try (var context = tall()) {
            var page = signIn(context.newPage(), "zhang.min");
            page.navigate(base + "/editor/notices");
            page.locator(".notice-correct").first().click();
            page.locator(".notice-correction-form textarea").nth(0).fill("窗口办理时间调整为每周一至周六。");
            page.locator(".notice-correction-form vaadin-button").click();
            assertThat(page.locator(".notice-correction-form")).containsText("必填。");
            page.locator(".notice-correction-form textarea").nth(1).fill("周六办理时间写漏了");
            page.locator(".notice-correction-form vaadin-button").click();
            assertThat(page.locator("#notice-message")).hasText("更正已发布，原文仍在公告下方可查。");
            readable(page);
            Browser.screenshot(page, "editor-notices");
            english(page);
            readable(page);
            Browser.screenshot(page, "editor-notices-en");

            var visitor = context.newPage();
            visitor.navigate(base + "/notices");
            assertThat(visitor.locator("body")).containsText("周六办理时间写漏了");
        }
    }

    @Test
    void the_discipline_office_sees_the_department_summary_as_a_chart_with_its_monthly_trend_also_on_a_phone() {
        try (var context = tall()) {
            var page = signIn(context.newPage(), "li.qing");
            page.navigate(base + "/discipline");
            assertThat(page.locator("#department-trend-lines polyline").first()).isAttached();
            assertThat(page.locator("#department-trend-legend")).not().isEmpty();
            assertThat(page.locator("#department-summary")).isVisible();
            readable(page.locator("#department-summary-box").innerText(), page.url());
            page.locator("#department-summary-box")
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(Browser.SCREENSHOTS.resolve("discipline-trend.png")));
            english(page);
            assertThat(page.locator("#department-trend")).containsText("Buck-passing flag score");
            page.locator("#department-summary-box")
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(Browser.SCREENSHOTS.resolve("discipline-trend-en.png")));
        }
        try (var phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setLocale("zh-CN"))) {
            var page = signIn(phone.newPage(), "li.qing");
            page.navigate(base + "/discipline");
            var chart = page.locator("#department-trend-lines");
            assertThat(chart).isVisible();
            var box = chart.boundingBox();
            assertThat(box.width).as("the chart fits the phone's width").isLessThanOrEqualTo(390);
            assertThat((Integer) page.evaluate("document.scrollingElement.scrollWidth"))
                    .as("the page does not scroll sideways")
                    .isLessThanOrEqualTo(390);
            page.locator("#department-trend").scrollIntoViewIfNeeded();
            page.locator("#department-trend")
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(Browser.SCREENSHOTS.resolve("discipline-trend-phone.png")));
        }
    }

    /** Picks an entry of a Vaadin select by its visible label. */
    private static void pick(Page page, String select, String label) {
        page.locator(select).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(label))
                .first()
                .click();
    }

    /** Nothing a clerk cannot read: no JSON, no event class, no enum key, no UUID. */
    static void readable(Page page) {
        readable(page.locator("body").innerText(), page.url());
    }

    static void readable(String text, String where) {
        StaffPageText.assertNoDeveloperText(text, where);
    }

    private static void english(Page page) {
        page.locator("#language-switch").click();
        page.waitForLoadState();
        assertThat(page.locator("#language-switch")).hasText(Pattern.compile("中文"));
    }

    private static BrowserContext tall() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 1200)
                .setLocale("zh-CN"));
    }

    private static Page signIn(Page page, String username) {
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
        assertThat(page.locator("#signed-in-as")).isVisible();
        return page;
    }
}
