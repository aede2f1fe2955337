package org.onetrip.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onetrip.OneTripApplication;
import org.onetrip.testing.SharedSearchNode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Real headless Chromium (Debian's, installed by .ci/run) driven by Playwright; Playwright's own
 * browser download is never used.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Browser launch() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (.ci/run installs it)");
        var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        // Playwright's 5 s for an assertion is short on a loaded two-core machine: a sign-in alone has taken longer.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        Files.createDirectories(SCREENSHOTS);
        return new Browser(playwright, browser);
    }

    /** The real application with the demo accounts on a free port; {@code extraArguments} as on the command line. */
    static ConfigurableApplicationContext startPortal(Path dataDir, String... extraArguments) {
        return startPortal(dataDir, null, extraArguments);
    }

    /** The portal with {@code clock} as the application's clock, when not null (its own bean then gives way). */
    static ConfigurableApplicationContext startPortal(Path dataDir, Clock clock, String... extraArguments) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        var arguments = new ArrayList<>(List.of(
                "--onetrip.data-dir=" + dataDir,
                "--server.port=0",
                "--spring.profiles.active=demo",
                "--onetrip.notifications.enabled=false",
                "--spring.main.banner-mode=off"));
        SharedSearchNode.properties(dataDir).forEach(property -> arguments.add("--" + property));
        arguments.addAll(List.of(extraArguments));
        var builder = new SpringApplicationBuilder(OneTripApplication.class);
        if (clock != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("testClock", clock));
        }
        return builder.run(arguments.toArray(String[]::new));
    }

    static String baseOf(ConfigurableApplicationContext app) {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    static void stop(Browser browser, ConfigurableApplicationContext app) {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    BrowserContext newContext() {
        return newContext(1280, 900);
    }

    /** A taller window shows a long screen whole: Vaadin's layout scrolls inside, so a full-page shot cannot. */
    BrowserContext newContext(int width, int height) {
        return browser.newContext(
                new NewContextOptions().setViewportSize(width, height).setLocale("zh-CN"));
    }

    BrowserContext newContext(NewContextOptions options) {
        return browser.newContext(options);
    }

    /** Picks an entry of a Vaadin combo box by its visible label. */
    static void choose(Page page, String comboBox, String label) {
        var input = page.locator(comboBox + " input");
        input.click();
        input.fill(label);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(label))
                .first()
                .click();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
