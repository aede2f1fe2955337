package org.onetrip.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 12's sign-in defences in real Chromium: a paused sign-in says so, the staff member is told of the
 * failed attempts on their account at the next sign-in, and the administrator reads them in the security log.
 */
class SecurityInBrowserTest {

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

    private static void submit(Page page, String username, String password) {
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
    }

    @Test
    void failed_sign_ins_are_told_at_the_next_sign_in_paused_after_five_and_listed_for_the_administrator() {
        try (var context = browser.newContext()) {
            var page = context.newPage();
            for (int i = 0; i < 2; i++) {
                submit(page, "li.qing", "wrong-" + i);
                page.waitForURL(Pattern.compile(".*/login\\?error.*"));
            }
            submit(page, "li.qing", PASSWORD);
            var notice = page.locator("#failed-sign-ins-notice");
            notice.waitFor();
            assertThat(notice.innerText()).contains("2").contains("127.0.0.1");
            Browser.screenshot(page, "security-failed-sign-ins-notice");
        }
        try (var context = browser.newContext()) {
            var page = context.newPage();
            for (int i = 0; i < 5; i++) {
                submit(page, "handler.guotu", "guess-" + i);
                page.waitForURL(Pattern.compile(".*/login\\?error.*"));
            }
            submit(page, "handler.guotu", PASSWORD);
            page.waitForURL(Pattern.compile(".*/login\\?throttled.*"));
            var paused = page.getByText("登录失败次数过多");
            paused.first().waitFor();
            assertThat(paused.first().isVisible()).isTrue();
            assertThat(page.locator("#signed-in-as").count()).isZero();
            Browser.screenshot(page, "security-sign-in-paused");
        }
        try (var context = browser.newContext()) {
            var page = context.newPage();
            submit(page, "admin", PASSWORD);
            page.locator("#signed-in-as").waitFor();
            page.navigate(base + "/admin");
            page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("安全日志"))
                    .click();
            var securityLog = page.locator("#admin-security-log");
            securityLog.waitFor();
            page.waitForFunction(
                    "() => document.querySelector('#admin-security-log').innerText.includes('handler.guotu')");
            var shown = securityLog.innerText();
            assertThat(shown)
                    .contains("li.qing", "handler.guotu", "密码错误或账号不存在", "登录已暂停（失败次数过多）", "127.0.0.1")
                    .doesNotContain("guess-")
                    .doesNotContain("SIGN_IN_");
            Browser.screenshot(page, "security-log-admin");
        }
    }
}
