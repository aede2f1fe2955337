package org.onetrip.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.testing.ProjectionsCaughtUp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The screens staff work in all day, in real Chromium on the demo data: the case search (the discipline
 * office searches by a Chinese word, filters for flagged cases, sees the matched words highlighted, takes
 * the list to Excel as a CSV with a byte-order mark and no receipt code, and opens a hit on its own case
 * page; a handler's search is held to their department) and the intake desk's work queues (counts per
 * queue, list and case side by side). No screen shows JSON, class names, enum keys or ids.
 */
class StaffWorkScreensInBrowserTest {

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
        // the flagged search and the export count signals that later demo events set, not the first filing
        ProjectionsCaughtUp.await(app, Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, app);
    }

    @Test
    void the_discipline_office_searches_filters_exports_and_opens_a_flagged_case() throws Exception {
        var page = signIn("li.qing");
        searchUntilFound(page, "低保");
        assertThat(page.locator("#search-hits mark").first()).containsText(Pattern.compile("低|保"));
        assertThat(page.locator("#search-hits .search-hit-title").first()).containsText("低保");
        page.locator("#search-flagged").click();
        page.locator("#search-submit").click();
        // the demo holds one bounced 低保 case with buck-passing signals
        assertThat(page.locator("#search-total")).hasText("共找到 1 件");
        assertThat(page.locator("#search-hits")).containsText("分");
        StaffPageText.assertNoDeveloperText(page);
        Browser.screenshot(page, "staff-search-zh");
        // the calendar in the clerk's language, titled as a Chinese calendar is
        page.locator("#search-filed-from input").click();
        assertThat(page.locator("vaadin-month-calendar [part~='month-header']").first())
                .hasText(Pattern.compile("\\d{4}年\\d{1,2}月"));
        assertThat(page.locator("vaadin-date-picker-overlay-content")).containsText("今天");
        page.keyboard().press("Escape");

        var download = page.waitForDownload(() -> page.locator("#search-export").click());
        var csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF标题,类型,类别");
        assertThat(csv).contains("低保");
        var lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        for (var code : receiptCodes()) {
            assertThat(csv).doesNotContain(code);
        }

        page.locator("#search-hits .search-hit-title").first().click();
        page.waitForURL(Pattern.compile(".*/discipline/case/.*"));
        // the demo complaint says 最低生活保障: found through the synonym list
        assertThat(page.locator("#case-complaint")).containsText("最低生活保障");

        // the ranking the case came from: titles and reasons, no receipt code, no case or event ids
        page.navigate(base + "/discipline");
        assertThat(page.locator("#flagged-cases")).containsText("低保");
        assertThat(page.locator("#flagged-cases"))
                .not()
                .containsText(Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}"));
        StaffPageText.assertNoDeveloperText(page);

        page.navigate(base + "/search");
        page.locator("#language-switch").click();
        // the switch reloads the page: typing into the old one can hang on it
        assertThat(page.locator("#language-switch")).hasText(Pattern.compile("中文"));
        searchUntilFound(page, "低保");
        assertThat(page.locator("#search-total")).hasText(Pattern.compile("[1-9][0-9]* cases found"));
        StaffPageText.assertNoDeveloperText(page);
        Browser.screenshot(page, "staff-search-en");
    }

    @Test
    void a_handler_searches_their_own_department_only() {
        var page = signIn("handler.v-sidian");
        page.navigate(base + "/search");
        assertThat(page.locator("#search-department input")).hasValue("泗店村委会");
        assertThat(page.locator("#search-department")).hasAttribute("readonly", "");
        assertThat(page.locator("#search-hits")).not().containsText("民政所");
        StaffPageText.assertNoDeveloperText(page);
    }

    @Test
    void a_handler_opens_a_case_of_the_inbox_from_the_keyboard_and_the_page_s_main_part_is_marked() {
        var page = signIn("handler.guotu");
        page.navigate(base + "/inbox");
        page.waitForFunction(
                "() => document.querySelector('#inbox-cases')?.shadowRoot"
                        + ".querySelector('#items [part~=\"row\"] [part~=\"cell\"]')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.locator("#inbox-cases")
                .evaluate("grid => grid.shadowRoot.querySelector('#items [part~=\"row\"] [part~=\"cell\"]').focus()");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/inbox/case/.+"));
        assertThat(page.locator("[role=main] h1")).isVisible();
        // the first key a keyboard user presses offers the way past the menu to the case itself
        page.reload();
        assertThat(page.locator("[role=main] h1")).isVisible();
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-to-content")).isFocused();
        page.keyboard().press("Enter");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.activeElement.getAttribute('role')"))
                .isEqualTo("main");
    }

    @Test
    void the_intake_desk_works_through_its_queues_with_the_case_beside_the_list() {
        var page = signIn("zhang.min");
        page.navigate(base + "/intake");
        var flagged = page.locator("#intake-queue-flagged");
        for (int attempt = 0; attempt < 30; attempt++) {
            if (!flagged.textContent().contains("（0）")) {
                break;
            }
            page.waitForTimeout(1000);
            page.locator("#intake-refresh").click();
        }
        assertThat(page.locator("#intake-queue-all")).hasText(Pattern.compile("全部待办（[1-9][0-9]*）"));
        assertThat(page.locator("#intake-queue-new")).hasText(Pattern.compile("新登记（[0-9]+）"));
        assertThat(page.locator("#intake-queue-awaiting-decision")).hasText(Pattern.compile("待交办或办结（[0-9]+）"));
        assertThat(page.locator("#intake-queue-overdue")).hasText(Pattern.compile("已超期（[0-9]+）"));
        assertThat(flagged).hasText(Pattern.compile("有推诿信号（[1-9][0-9]*）"));

        // list and case side by side
        var queueBox = page.locator("#intake-queue-column").boundingBox();
        var caseBox = page.locator("#intake-case-column").boundingBox();
        assertThat(caseBox.x).isGreaterThan(queueBox.x + queueBox.width - 1);
        assertThat(caseBox.y).isLessThan(queueBox.y + 50);

        flagged.click();
        assertThat(page.locator("#intake-awaiting")).containsText("低保");
        // keyboard: the first row focused, Enter opens its case beside the list
        page.locator("#intake-awaiting")
                .evaluate("grid => grid.shadowRoot.querySelector('#items [part~=\"row\"] [part~=\"cell\"]').focus()");
        assertThat(page.locator("#intake-selected-title")).hasText("请在列表中选择一件。");
        page.keyboard().press("Enter");
        assertThat(page.locator("#intake-selected-title")).not().hasText("请在列表中选择一件。");
        assertThat(page.locator("#intake-selected-title")).not().isEmpty();
        StaffPageText.assertNoDeveloperText(page);
        Browser.screenshot(page, "staff-intake-queue-zh");
        page.locator("#language-switch").click();
        assertThat(page.locator("#intake-queue-flagged"))
                .hasText(Pattern.compile("Buck-passing signals \\([1-9][0-9]*\\)"));
        StaffPageText.assertNoDeveloperText(page);
        Browser.screenshot(page, "staff-intake-queue-en");
    }

    /** The search projection follows the demo data by a moment: search again until it answers. */
    private static void searchUntilFound(Page page, String words) {
        var mark = page.locator("#search-hits mark").first();
        for (int attempt = 0; attempt < 30; attempt++) {
            if (!page.url().endsWith("/search")) {
                page.navigate(base + "/search");
            }
            page.locator("#search-words input").fill(words);
            page.locator("#search-words input").press("Enter");
            try {
                mark.waitFor(new Locator.WaitForOptions().setTimeout(2000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                page.waitForTimeout(500);
            }
        }
        throw new AssertionError("the search never found " + words);
    }

    /** Every receipt code, from the cases' filing events: the lists under test must hold none of them. */
    private static java.util.List<String> receiptCodes() {
        var codes = org.onetrip.testing.FiledReceiptCodes.everySpelling(
                app.getBean(org.axonframework.eventsourcing.eventstore.EventStore.class),
                app.getBean(org.onetrip.cases.query.CaseRegistryRepository.class));
        assertThat(codes).isNotEmpty();
        return codes;
    }

    private static Page signIn(String username) {
        var page = browser.newContext().newPage();
        page.setViewportSize(1280, 1400);
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
        page.locator("#signed-in-as").waitFor();
        page.navigate(base + "/search");
        return page;
    }
}
