package org.onetrip.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.appointments.api.AppointmentSlotIds;
import org.onetrip.appointments.api.SlotDays;
import org.onetrip.appointments.application.Appointments;
import org.onetrip.appointments.application.Booked;
import org.onetrip.appointments.application.BookingRequest;
import org.onetrip.appointments.application.SlotPublication;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.application.Result;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The main paths of 预约办事 and 帮代办 in real Chromium on the demo portal, with screenshots: the
 * public books a holiday slot and gets the code, a QR code of the page and the one-time notice; the
 * desk records arrival and a 跑多次 outcome; a village agent takes an elderly citizen's request through
 * with recorded consent; the bulletin fits a 390 px phone screen.
 */
class ServiceMechanismsInBrowserTest {

    static final String PASSWORD = "onetrip-demo";

    /**
     * The application's clock reads nine in the morning in Shanghai, today, at whatever hour the tests run
     * (and goes on from there): the desk path books a slot later the same day, which after about 22:00 there
     * the wall clock would not leave.
     */
    static final Clock NINE_IN_THE_MORNING = nineInTheMorning(Clock.systemUTC());

    static Clock nineInTheMorning(Clock real) {
        var now = ZonedDateTime.now(real.withZone(WorkingDays.ZONE));
        var nine = now.toLocalDate().atTime(LocalTime.of(9, 0)).atZone(WorkingDays.ZONE);
        return Clock.offset(real, Duration.between(now, nine));
    }

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext app;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        app = Browser.startPortal(dataDir, NINE_IN_THE_MORNING, "--onetrip.integrity.checkpoint.cron=-");
        base = Browser.baseOf(app);
    }

    @AfterAll
    static void stop() {
        Browser.stop(browser, app);
    }

    @Test
    void the_public_books_a_holiday_slot_and_takes_away_the_code_a_qr_code_of_the_page_and_the_notice()
            throws Exception {
        try (var context = tall()) {
            var page = context.newPage();
            page.navigate(base + "/appointments");
            Browser.choose(page, "#appointment-item", "MZ-004");
            assertThat(page.locator("#appointment-slots")).containsText("休息日");
            Browser.screenshot(page, "appointments-book");
            page.locator(".take-slot").first().click();
            page.locator("#booking-name input").fill("陈桂芳");
            page.locator("#booking-phone input").fill("13900005555");
            page.locator("#booking-submit").click();

            assertThat(page.locator("#booking-code"))
                    .hasText(Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){2}-[0-9A-Z]{5}"));
            var code = page.locator("#booking-code").textContent().strip();
            assertThat(page.locator("#one-time-notice")).containsText("一次性告知");
            assertThat(page.locator("#notice-materials li").first()).isVisible();
            assertThat(page.locator("#booking-when")).containsText("号");
            Browser.screenshot(page, "appointments-booking");
            org.assertj.core.api.Assertions.assertThat(decodeQr(page))
                    .isEqualTo(base + "/appointments/booking/" + code);

            page.locator("#booking-move-slot input").click();
            page.locator("vaadin-combo-box-item").first().click();
            page.locator("#booking-move").click();
            assertThat(page.locator("#booking-history")).containsText("改约");
            assertThat(page.locator("body")).not().containsText("13900005555");
        }
    }

    @Test
    void the_desk_records_the_arrival_and_a_more_than_one_trip_outcome_with_its_reason() {
        var appointments = app.getBean(Appointments.class);
        var hallClock = app.getBean(Clock.class).withZone(WorkingDays.ZONE);
        var start = LocalTime.of(11, 0);
        var today = LocalDate.now(hallClock);
        var intake = new Actor("zhang.min", Role.INTAKE, "bianmin");
        appointments.publishSlots(
                new SlotPublication(
                        HallZone.RENSHE,
                        today,
                        today,
                        SlotDays.EVERY_DAY,
                        List.of(new SlotPublication.Window(start, start.plusMinutes(30))),
                        5),
                intake);
        var booked = (Result.Done<Booked>) appointments.book(
                new BookingRequest(
                        AppointmentSlotIds.of(today, HallZone.RENSHE, start),
                        "RS-002",
                        "何建华",
                        "13522223333",
                        null,
                        null),
                Actor.PUBLIC,
                Channel.PORTAL,
                "browser-test");
        var code = booked.value().bookingCode();

        try (var context = tall()) {
            var page = signIn(context.newPage(), "zhang.min");
            page.navigate(base + "/appointments/desk");
            page.locator("#desk-code input").fill(code);
            page.locator("#desk-find").click();
            assertThat(page.locator("#desk-booking-heading")).containsText("城乡居民养老保险待遇领取");
            page.locator("#desk-arrived").click();
            page.locator("#desk-outcome vaadin-radio-button", new Page.LocatorOptions().setHasText("跑多次"))
                    .click();
            page.locator("#desk-record-outcome").click();
            assertThat(page.locator("#desk-note")).hasAttribute("invalid", "");
            page.locator("#desk-extra-reason").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("告知不清"))
                    .click();
            page.locator("#desk-note textarea").fill("缺银行卡复印件；一次性告知未写明须本人社保卡。");
            page.locator("#desk-record-outcome").click();
            assertThat(page.locator("#desk-selected [data-status]")).hasAttribute("data-status", "SERVED");
            // the booking's history as sentences: who did what, no field names, enum keys or ids
            assertThat(page.locator("#desk-history")).containsText("登记申请人已到窗口");
            assertThat(page.locator("#desk-history")).containsText("办理完毕：跑多次，原因：告知不清");
            StaffPageText.assertNoDeveloperText(page);
            assertThat(page.locator(
                            "#desk-list vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("告知不清")))
                    .hasCount(1);
            page.locator("#desk-zone input").fill("人社");
            page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("人社"))
                    .click();
            page.waitForFunction("() => document.querySelector('#desk-list').size === 1");
            assertThat(page.locator(
                            "#desk-list vaadin-grid-cell-content:visible",
                            new Page.LocatorOptions().setHasText("跑多次 · 告知不清")))
                    .hasCount(1);
            Browser.screenshot(page, "appointments-desk");
        }
    }

    @Test
    void a_village_agent_takes_an_elderly_citizen_s_request_through_with_recorded_consent() {
        try (var context = tall()) {
            var page = signIn(context.newPage(), "handler.v-sidian");
            page.navigate(base + "/agency");
            page.locator("#agency-register summary, #agency-register vaadin-details-summary")
                    .first()
                    .click();
            Browser.choose(page, "#agency-register-item", "MZ-005");
            page.locator("#agency-register-name input").fill("孙大娘");
            page.locator("#agency-register-phone input").fill("13688889999");
            page.locator("#agency-register-submit").click();
            assertThat(page.locator("#agency-register-code")).containsText("查询码");
            var codeText = page.locator("#agency-register-code").textContent();
            var matcher =
                    Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){2}-[0-9A-Z]{5}").matcher(codeText);
            org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
            var code = matcher.group();

            assertThat(page.locator("#agency-selected-heading")).containsText("已登记");
            assertThat(page.locator("#agency-selected-summary"))
                    .hasText(java.util.regex.Pattern.compile("^服务对象：老年人；村（居）：泗店村委会；应于\\S+前办结（承诺\\d+个工作日）$"));
            page.locator("#agency-take").click();
            page.locator("#agency-materials textarea").fill("身份证原件\n户口簿原件");
            page.locator("#agency-hand-over").click();
            assertThat(page.locator("vaadin-notification-card[theme~='error']")).containsText("须经本人同意");
            page.locator("#agency-consent").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("按手印"))
                    .click();
            page.locator("#agency-hand-over").click();
            assertThat(page.locator("#agency-selected-heading")).containsText("代办中");
            page.locator("#agency-step input").fill("已交乡民政所窗口");
            page.locator("#agency-record-step").click();
            assertThat(page.locator("#agency-history")).containsText("记录进展：已交乡民政所窗口");
            assertThat(page.locator("#agency-history")).containsText("收取材料：身份证原件、户口簿原件（按手印）");
            StaffPageText.assertNoDeveloperText(page);
            Browser.screenshot(page, "agency-request");

            var citizen = context.browser().newContext().newPage();
            citizen.navigate(base + "/agency/track/" + code);
            assertThat(citizen.locator("#agency-status")).containsText("代办中");
            assertThat(citizen.locator("#agency-history")).containsText("经本人同意收取材料");
            assertThat(citizen.locator("body")).not().containsText("13688889999");
            Browser.screenshot(citizen, "agency-track");
            citizen.context().close();
        }
    }

    @Test
    void the_bulletin_and_the_booking_page_fit_a_390_px_phone_screen() {
        try (var phone = browser.newContext(new NewContextOptions()
                .setViewportSize(390, 844)
                .setLocale("zh-CN")
                .setIsMobile(true))) {
            var page = phone.newPage();
            page.navigate(base + "/bulletins");
            page.locator("#bulletins-grid a").first().click();
            assertThat(page.locator("#bulletin-charts svg").first()).isVisible();
            var overflow = (Boolean)
                    page.evaluate(
                            "() => document.documentElement.scrollWidth <= window.innerWidth"
                                    + " && [...document.querySelectorAll('#bulletin-charts svg')].every(s => s.getBoundingClientRect().right <= window.innerWidth)");
            org.assertj.core.api.Assertions.assertThat(overflow).isTrue();
            Browser.screenshot(page, "bulletin-phone");

            page.navigate(base + "/appointments");
            Browser.choose(page, "#appointment-item", "MZ-001");
            var fits = (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            org.assertj.core.api.Assertions.assertThat(fits).isTrue();
            Browser.screenshot(page, "appointments-phone");
        }
    }

    private static com.microsoft.playwright.BrowserContext tall() {
        return browser.newContext(
                new NewContextOptions().setViewportSize(1280, 1500).setLocale("zh-CN"));
    }

    private static Page signIn(Page page, String username) {
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
        assertThat(page.locator("#signed-in-as")).isVisible();
        return page;
    }

    /** Reads the QR code on the page back from its pixels with ZXing. */
    private static String decodeQr(Page page) throws Exception {
        var png = page.locator("#tracking-qr-svg").screenshot();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
