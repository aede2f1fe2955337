package org.onetrip.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.home.ui.HomeView;
import org.springframework.context.ConfigurableApplicationContext;

class PortalInBrowserTest {

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext app;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        app = Browser.startPortal(dataDir);
        base = Browser.baseOf(app);
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, app);
    }

    @Test
    void the_home_page_speaks_chinese_by_default_and_english_on_request_and_so_does_the_connection_indicator() {
        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.navigate(base + "/");
            assertThat(page.locator("h1")).containsText("最多跑一次");
            assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
            assertThat(page.locator("#total-cases")).hasText(Pattern.compile("[1-9][0-9]*"));
            // demo data: answered and rated cases, a published bulletin, notices and catalogue batches
            // the rates come from the search projection, which may still be catching up: the page polls
            var projected = new LocatorAssertions.HasTextOptions().setTimeout(30_000);
            assertThat(page.locator("#headline-on-time")).hasText(Pattern.compile("[0-9.]+%"), projected);
            assertThat(page.locator("#headline-satisfaction")).hasText(Pattern.compile("[0-9.]+%"), projected);
            assertThat(page.locator("#headline-answered")).hasText(Pattern.compile("[1-9][0-9]*"), projected);
            assertThat(page.locator("#recent-disclosures .recent-disclosure")).hasCount(HomeView.RECENT_DISCLOSURES);
            assertThat(page.locator("#recent-disclosures")).containsText("定期通报");
            Browser.screenshot(page, "home-zh");
            org.assertj.core.api.Assertions.assertThat(
                            page.evaluate("() => window.Vaadin.connectionIndicator.onlineText"))
                    .isEqualTo("已连接");
            org.assertj.core.api.Assertions.assertThat(page.locator("body").innerText())
                    .doesNotContain("Online");
            // the network goes while the visitor clicks: the indicator says so in Chinese, and the click goes
            // through once the network is back
            context.setOffline(true);
            page.locator("#language-switch").click();
            assertThat(page.locator("vaadin-connection-indicator")).containsText("正在重新连接");
            context.setOffline(false);
            assertThat(page.locator("h1")).containsText("At Most One Trip");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("#language-switch")).hasAttribute("lang", "zh-CN");
            org.assertj.core.api.Assertions.assertThat(
                            page.evaluate("() => window.Vaadin.connectionIndicator.onlineText"))
                    .isEqualTo("Online");
            Browser.screenshot(page, "home-en");
        }
    }

    @Test
    void on_a_phone_the_public_search_fields_fit_the_screen() {
        try (var context = browser.newContext(390, 844)) {
            var page = context.newPage();
            for (var screen : java.util.Map.of("/items", "#items-filter", "/track", "vaadin-text-field")
                    .entrySet()) {
                page.navigate(base + screen.getKey());
                var field = page.locator(screen.getValue()).first();
                assertThat(field).isVisible();
                var box = field.boundingBox();
                org.assertj.core.api.Assertions.assertThat(box.x + box.width)
                        .as("%s on a 390 px wide screen", screen.getKey())
                        .isLessThanOrEqualTo(390.0);
            }
            // a row of a field and its button wraps instead of pushing the button past the screen's edge
            for (var screen : java.util.Map.of("/track", "#track-find", "/enterprise", "#enterprise-code-show")
                    .entrySet()) {
                page.navigate(base + screen.getKey());
                var button = page.locator(screen.getValue());
                assertThat(button).isVisible();
                var box = button.boundingBox();
                org.assertj.core.api.Assertions.assertThat(box.x + box.width)
                        .as("%s's button on a 390 px wide screen", screen.getKey())
                        .isLessThanOrEqualTo(390.0);
            }
            org.assertj.core.api.Assertions.assertThat(
                            page.locator("#portal-header").boundingBox().height)
                    .as("the header keeps one line for the title")
                    .isLessThan(80.0);
        }
    }

    @Test
    void a_paste_longer_than_the_field_takes_is_cut_at_its_limit_and_a_notice_names_the_field() {
        try (var context = browser.newContext()) {
            context.grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
            var page = context.newPage();
            page.navigate(base + "/file");
            var description = page.locator("#description textarea");
            description.click();
            page.evaluate("text => navigator.clipboard.writeText(text)", "路灯不亮".repeat(1_300));
            page.keyboard().press("Control+V");
            assertThat(page.locator("vaadin-notification-card[theme~='warning']"))
                    .hasText("“具体内容”内容过长：最多 " + CaseLimits.DESCRIPTION + " 个字，超出的部分没有填入。");
            org.assertj.core.api.Assertions.assertThat(description.inputValue()).hasSize(CaseLimits.DESCRIPTION);
            Browser.screenshot(page, "filing-paste-too-long");
        }
    }

    @Test
    void a_word_chosen_in_a_pinyin_input_method_past_the_limit_is_told_as_well() {
        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.navigate(base + "/file");
            var input = page.locator("#description textarea");
            input.fill("路".repeat(CaseLimits.DESCRIPTION - 2));
            var ime = context.newCDPSession(page);
            var composing = new com.google.gson.JsonObject();
            composing.addProperty("text", "lu");
            composing.addProperty("selectionStart", 2);
            composing.addProperty("selectionEnd", 2);
            ime.send("Input.imeSetComposition", composing);
            var chosen = new com.google.gson.JsonObject();
            chosen.addProperty("text", "路灯不亮");
            ime.send("Input.insertText", chosen);
            assertThat(page.locator("vaadin-notification-card[theme~='warning']"))
                    .hasText("“具体内容”内容过长：最多 " + CaseLimits.DESCRIPTION + " 个字，超出的部分没有填入。");
            org.assertj.core.api.Assertions.assertThat(input.inputValue()).hasSize(CaseLimits.DESCRIPTION);
        }
    }

    @Test
    void every_search_field_of_the_public_pages_has_a_name_a_screen_reader_reads_out() {
        try (var context = browser.newContext()) {
            var page = context.newPage();
            // the field's own text as its name, not only the placeholder a browser falls back on
            for (var field : java.util.List.of(
                    "/items #items-filter input",
                    "/results #results-text input",
                    "/results #results-department input",
                    "/disclosures #disclosure-search-text input")) {
                var address = field.substring(0, field.indexOf(' '));
                page.navigate(base + address);
                var input = page.locator(field.substring(address.length() + 1));
                assertThat(input).hasAttribute("aria-label", Pattern.compile(".*\\S.*"));
                assertThat(input).hasAccessibleName(input.getAttribute("aria-label"));
            }
        }
    }

    @Test
    void staff_sign_in_with_their_account_and_a_wrong_password_is_refused() {
        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name=username]").fill("li.qing");
            page.locator("vaadin-login-form input[name=password]").fill("wrong-password");
            page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
            assertThat(page).hasURL(Pattern.compile(".*error.*"));
            page.locator("vaadin-login-form input[name=username]").fill("li.qing");
            page.locator("vaadin-login-form input[name=password]").fill("onetrip-demo");
            page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
            assertThat(page.locator("#signed-in-as")).containsText("李清");
            Browser.screenshot(page, "signed-in");
        }
    }

    @Test
    void the_filer_takes_a_signed_receipt_away_that_the_check_page_finds_genuine_and_a_forged_one_not() {
        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.navigate(base + "/file");
            Browser.choose(page, "#kind", "咨询");
            page.locator("#title input").fill("营业执照变更要带哪些材料");
            page.locator("#description textarea").fill("想问一下个体工商户营业执照变更经营范围需要哪些材料，能否网上办理。");
            page.locator("#submit-filing").click();
            assertThat(page.locator("#signed-receipt-json textarea"))
                    .hasValue(Pattern.compile(".*\"signature\".*", Pattern.DOTALL));
            assertThat(page.locator("#signed-receipt-download")).hasAttribute("download", Pattern.compile(".*"));
            var receipt = page.locator("#signed-receipt-json textarea").inputValue();
            var keyId = receipt.replaceAll("(?s).*\"keyId\"\\s*:\\s*\"([0-9a-f]+)\".*", "$1");
            assertThat(page.locator("#signed-receipt-key")).containsText(keyId);
            Browser.screenshot(page, "receipt-signed");

            page.navigate(base + "/verify-receipt");
            page.locator("#receipt-json textarea").fill(receipt);
            page.locator("#receipt-description textarea").fill("想问一下个体工商户营业执照变更经营范围需要哪些材料，能否网上办理。");
            page.locator("#receipt-title input").fill("营业执照变更要带哪些材料");
            page.locator("#receipt-verify").click();
            assertThat(page.locator("#receipt-verdict")).containsText("回执真实有效");
            assertThat(page.locator("#receipt-genuine")).containsText("由本服务签发");
            assertThat(page.locator("#receipt-signed-with")).containsText(keyId);
            assertThat(page.locator("#receipt-key-in-force")).containsText(keyId);

            var forged = receipt.replaceFirst("\"filedAt\"\\s*:\\s*\"20", "\"filedAt\" : \"19");
            org.assertj.core.api.Assertions.assertThat(forged).isNotEqualTo(receipt);
            page.locator("#receipt-json textarea").fill(forged);
            page.locator("#receipt-verify").click();
            assertThat(page.locator("#receipt-verdict")).containsText("未通过核验");
            assertThat(page.locator("#receipt-genuine")).containsText("回执不真实");

            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name=username]").fill("admin");
            page.locator("vaadin-login-form input[name=password]").fill("onetrip-demo");
            page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
            page.locator("#signed-in-as").waitFor();
            page.navigate(base + "/admin");
            page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("密钥"))
                    .click();
            assertThat(page.locator("#admin-receipt-keys")).containsText(keyId);
            page.locator("#admin-rotate-receipt-key").click();
            page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], "
                            + "vaadin-confirm-dialog vaadin-button[slot='confirm-button']")
                    .first()
                    .click();
            assertThat(page.locator("#admin-receipt-keys")).containsText("已停用");
            Browser.screenshot(page, "admin-receipt-keys-rotated");

            page.navigate(base + "/verify-receipt");
            page.locator("#receipt-json textarea").fill(receipt);
            page.locator("#receipt-verify").click();
            assertThat(page.locator("#receipt-genuine")).containsText("由本服务签发");
            assertThat(page.locator("#receipt-signed-with")).containsText(keyId);
            assertThat(page.locator("#receipt-signed-with")).containsText("已停用");
            assertThat(page.locator("#receipt-key-in-force")).not().containsText(keyId);
            Browser.screenshot(page, "receipt-check-retired-key");
        }
    }
}
