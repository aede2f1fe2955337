package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onetrip.it.Staff.INTAKE;
import static org.onetrip.it.Staff.NOBODY;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 预约办事, 帮代办 and telling the filer over HTTP, on the real application with the demo catalogue and a
 * real SMTP server (GreenMail) behind the notification outbox.
 */
class ServiceMechanismsOverHttpTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    static Path dataDir;

    static GreenMail smtp;
    static RunningPortal portal;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        portal = RunningPortal.start(
                dataDir,
                "onetrip.demo-data=true",
                "onetrip.notifications.enabled=true",
                "onetrip.notifications.public-base-url=https://onetrip.example.cn",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        portal.close();
        smtp.stop();
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    /** A holiday slot after today: today's may be one too (a weekend), and today's allows arrivals already. */
    static String openSlot() {
        var from = today().plusDays(1);
        var slots = portal.get(
                        "/api/public/appointments/slots?zone=MINZHENG&from=" + from + "&to=" + from.plusDays(45),
                        NOBODY)
                .json();
        assertThat(slots.size()).isGreaterThan(0);
        for (var slot : slots) {
            if (!slot.get("workingDay").asBoolean() && slot.get("free").asInt() > 1) {
                return slot.get("slotId").asText();
            }
        }
        throw new AssertionError("no open holiday slot in the demo data: " + slots);
    }

    static RunningPortal.Reply book(String slotId, String email) {
        var body = new java.util.HashMap<String, Object>(
                Map.of("slotId", slotId, "serviceItemCode", "MZ-001", "name", "林晓梅", "phone", "13811112222"));
        if (email != null) {
            body.put("email", email);
        }
        return portal.post("/api/public/appointments", body, NOBODY);
    }

    @Test
    void the_public_books_a_holiday_slot_gets_the_code_and_the_notice_by_mail_and_the_timeline_records_it()
            throws Exception {
        var slot = openSlot();
        var booked = book(slot, "lin.xiaomei@example.cn");

        assertThat(booked.status()).isEqualTo(201);
        var code = booked.json().get("bookingCode").asText();
        var bookingId = booked.json().get("booking").get("bookingId").asText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}");
        assertThat(booked.json().get("notice").get("materials").size()).isGreaterThan(0);
        assertThat(booked.body())
                .doesNotContain("13811112222")
                .doesNotContain("lin.xiaomei")
                .doesNotContain("林晓梅");
        assertThat(portal.get("/api/public/appointments/" + code.toLowerCase(), NOBODY)
                        .json()
                        .get("booking")
                        .get("status")
                        .asText())
                .isEqualTo("BOOKED");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> mailTo("lin.xiaomei@example.cn").size() == 1);
        var mail = mailTo("lin.xiaomei@example.cn").get(0);
        assertThat(mail.getSubject()).startsWith("预约成功");
        assertThat((String) mail.getContent())
                .contains(code)
                .contains("一次性告知")
                .contains("https://onetrip.example.cn/appointments/booking/" + code);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> portal.get("/api/staff/appointments/" + bookingId + "/timeline", INTAKE)
                                .body()
                                .split("ApplicantNotifiedEvent", -1)
                                .length
                        == 3);
        var timeline = portal.get("/api/staff/appointments/" + bookingId + "/timeline", INTAKE);
        assertThat(timeline.body())
                .contains("\"channel\":\"EMAIL\"")
                .contains("\"channel\":\"SMS\"")
                .doesNotContain(code.replace("-", ""))
                .doesNotContain("13811112222")
                .doesNotContain("lin.xiaomei");
    }

    @Test
    void an_unknown_and_a_malformed_booking_code_are_the_same_404() {
        var unknown = portal.get("/api/public/appointments/ABCD-EFGH-JKMN-PQRS0", NOBODY);
        var malformed = portal.get("/api/public/appointments/not-a-code", NOBODY);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asText()).isEqualTo("/problems/unknown-booking");
        for (var field : List.of("type", "title", "status", "detail")) {
            assertThat(malformed.json().get(field)).isEqualTo(unknown.json().get(field));
        }
    }

    @Test
    void moving_and_cancelling_by_code_free_the_seats_and_a_second_cancel_is_refused() {
        var slot = openSlot();
        var code = book(slot, null).json().get("bookingCode").asText();
        var other = portal.get(
                        "/api/public/appointments/slots?zone=MINZHENG&from=" + today() + "&to=" + today().plusDays(45),
                        NOBODY)
                .json();
        String target = null;
        for (var s : other) {
            if (!s.get("slotId").asText().equals(slot) && s.get("free").asInt() > 0) {
                target = s.get("slotId").asText();
                break;
            }
        }
        assertThat(target).isNotNull();

        var moved = portal.post("/api/public/appointments/" + code + "/move", Map.of("toSlotId", target), NOBODY);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("booking").get("slotId").asText()).isEqualTo(target);
        var cancelled =
                portal.post("/api/public/appointments/" + code + "/cancellation", Map.of("reason", "改天再来"), NOBODY);
        assertThat(cancelled.json().get("booking").get("status").asText()).isEqualTo("CANCELLED");
        var again = portal.post("/api/public/appointments/" + code + "/cancellation", Map.of(), NOBODY);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reason").asText()).isEqualTo("WRONG_STATE");
    }

    @Test
    void the_desk_sees_the_day_without_codes_or_names_and_cannot_record_an_arrival_before_the_day() {
        var slot = openSlot();
        var booked = book(slot, null).json();
        var bookingId = booked.get("booking").get("bookingId").asText();
        var date = booked.get("booking").get("date").asText();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> portal.get("/api/staff/appointments/day?date=" + date, INTAKE)
                        .body()
                        .contains(bookingId));
        var day = portal.get("/api/staff/appointments/day?date=" + date, INTAKE);
        assertThat(day.body())
                .doesNotContain(booked.get("bookingCode").asText().replace("-", ""))
                .doesNotContain("林晓梅")
                .doesNotContain("13811112222");
        var byCode = portal.get(
                "/api/staff/appointments/by-code/" + booked.get("bookingCode").asText(), INTAKE);
        assertThat(byCode.json().get("bookingId").asText()).isEqualTo(bookingId);
        assertThat(byCode.json().get("bookingCode").isNull()).isTrue();

        var arrival = portal.post("/api/staff/appointments/" + bookingId + "/arrival", Map.of(), INTAKE);
        assertThat(arrival.status()).isEqualTo(409);
        assertThat(arrival.json().get("reason").asText()).isEqualTo("NOT_YET");
        assertThat(portal.get("/api/staff/appointments/" + bookingId + "/timeline", INTAKE)
                        .body())
                .contains("BookingCommandRefusedEvent");
        assertThat(portal.post("/api/staff/appointments/" + bookingId + "/arrival", Map.of(), NOBODY)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void only_the_centre_publishes_slots_and_they_fall_on_the_calendar_s_weekends_and_holidays() {
        var from = today().plusDays(60);
        var publication = Map.of(
                "zone",
                "JISHENG",
                "from",
                from.toString(),
                "to",
                from.plusDays(13).toString(),
                "days",
                "NON_WORKING_DAYS",
                "windows",
                List.of(Map.of("start", "09:00", "end", "10:30")),
                "capacity",
                3);
        var byHandler = portal.post("/api/staff/appointments/slots", publication, Staff.handler("jisheng"));
        assertThat(byHandler.status()).isEqualTo(409);
        assertThat(byHandler.json().get("reason").asText()).isEqualTo("ROLE_NOT_ALLOWED");

        var published = portal.post("/api/staff/appointments/slots", publication, INTAKE);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("opened").asInt()).isBetween(4, 8);
        var again = portal.post("/api/staff/appointments/slots", publication, INTAKE);
        assertThat(again.json().get("opened").asInt()).isZero();
        assertThat(again.json().get("alreadyOpen").asInt())
                .isEqualTo(published.json().get("opened").asInt());
        for (var day : published.json().get("days")) {
            assertThat(isHoliday(LocalDate.parse(day.asText())))
                    .as(day.asText())
                    .isTrue();
        }
    }

    @Test
    void a_publication_with_one_bad_window_is_a_400_problem_and_opens_no_slot() {
        var from = today().plusDays(120);
        var publication = Map.of(
                "zone",
                "JISHENG",
                "from",
                from.toString(),
                "to",
                from.plusDays(6).toString(),
                "days",
                "EVERY_DAY",
                "windows",
                List.of(Map.of("start", "09:00", "end", "10:00"), Map.of("start", "11:00", "end", "10:30")),
                "capacity",
                3);
        var reply = portal.post("/api/staff/appointments/slots", publication, INTAKE);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asText()).contains("a slot must end after it starts");
        var appointments = portal.bean(org.onetrip.appointments.application.Appointments.class);
        assertThat(appointments.slotExists(org.onetrip.appointments.api.AppointmentSlotIds.of(
                        from, org.onetrip.disclosure.api.HallZone.JISHENG, java.time.LocalTime.of(9, 0))))
                .isFalse();

        var beyondTheCalendar = new java.util.HashMap<String, Object>(publication);
        beyondTheCalendar.put("from", "+999999999-12-31");
        beyondTheCalendar.put("to", "+999999999-12-31");
        beyondTheCalendar.put("windows", List.of(Map.of("start", "09:00", "end", "10:00")));
        var far = portal.post("/api/staff/appointments/slots", beyondTheCalendar, INTAKE);
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.json().get("errors").findValuesAsText("field")).containsExactly("to");
    }

    @Test
    void agency_service_from_registration_to_the_hand_over_with_consent_and_the_citizen_s_view() {
        var registered = portal.post(
                "/api/staff/agency",
                Map.of(
                        "serviceItemCode", "MZ-005",
                        "beneficiary", "ELDERLY",
                        "villageCode", "v-sidian",
                        "requesterName", "郑老汉",
                        "requesterPhone", "13966667777",
                        "channel", "HOTLINE"),
                INTAKE);
        assertThat(registered.status()).isEqualTo(201);
        var code = registered.json().get("trackingCode").asText();
        var id = registered.json().get("request").get("requestId").asText();
        assertThat(registered.json().get("request").get("dueDate").asText()).isNotBlank();
        var agent = Staff.handler("v-sidian");
        // the agent takes the citizen's papers and phone number: the auditor and unknown names are no agents
        for (var notAnAgent : List.of(
                Map.of("agentPersonId", "auditor", "agentDepartmentCode", "v-sidian"),
                Map.of("agentPersonId", "nobody", "agentDepartmentCode", "v-sidian"),
                Map.of("agentPersonId", "handler.minzheng", "agentDepartmentCode", "v-sidian"))) {
            var refused = portal.post("/api/staff/agency/" + id + "/agent", notAnAgent, INTAKE);
            assertThat(refused.status()).as(notAnAgent.toString()).isEqualTo(400);
            assertThat(refused.json().get("type").asText()).isEqualTo("/problems/invalid-input");
        }

        assertThat(portal.post(
                                "/api/staff/agency/" + id + "/agent",
                                Map.of("agentPersonId", "handler.v-sidian", "agentDepartmentCode", "v-sidian"),
                                INTAKE)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("AGENT_ASSIGNED");
        var takeover = portal.post(
                "/api/staff/agency/" + id + "/agent",
                Map.of("agentPersonId", "handler.guotu", "agentDepartmentCode", "guotu"),
                Staff.handler("guotu"));
        assertThat(takeover.status())
                .as("a handler of another unit cannot displace the centre's agent")
                .isEqualTo(409);
        assertThat(takeover.json().get("reason").asText()).isEqualTo("NOT_YOUR_REQUEST");
        var withoutConsent =
                portal.post("/api/staff/agency/" + id + "/materials", Map.of("materials", List.of("身份证原件")), agent);
        assertThat(withoutConsent.status()).isEqualTo(409);
        assertThat(withoutConsent.json().get("reason").asText()).isEqualTo("CONSENT_REQUIRED");
        var handedOver = portal.post(
                "/api/staff/agency/" + id + "/materials",
                Map.of("materials", List.of("身份证原件", "户口簿原件"), "consent", "SIGNED_FORM"),
                agent);
        assertThat(handedOver.json().get("status").asText()).isEqualTo("IN_PROGRESS");

        var other = portal.get("/api/staff/agency/" + id + "/contact?reason=好奇", Staff.handler("guotu"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("reason").asText()).isEqualTo("NOT_THE_AGENT");
        var contact = portal.get("/api/staff/agency/" + id + "/contact?reason=上门收取材料", agent);
        assertThat(contact.json().get("name").asText()).isEqualTo("郑老汉");
        assertThat(contact.header("Cache-Control")).contains("no-store");

        var tracked = portal.get("/api/public/agency/" + code, NOBODY);
        assertThat(tracked.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(tracked.json().get("agentPersonId").isNull()).isTrue();
        assertThat(tracked.body()).doesNotContain("郑老汉").doesNotContain("13966667777");

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        portal.get("/api/staff/agency?open=true", INTAKE).body().contains(id));
        var list = portal.get("/api/staff/agency?open=true", INTAKE);
        assertThat(list.body())
                .doesNotContain(code.replace("-", ""))
                .doesNotContain("郑老汉")
                .contains("\"deadline\"");
        var timeline =
                portal.get("/api/staff/agency/" + id + "/timeline", INTAKE).body();
        assertThat(timeline).contains("RequesterContactViewedEvent").contains("AgencyCommandRefusedEvent");
        assertThat(timeline).doesNotContain("13966667777").doesNotContain(code.replace("-", ""));
    }

    private static boolean isHoliday(LocalDate day) {
        var calendar = portal.bean(org.onetrip.calendar.query.WorkingDays.class);
        return !calendar.isWorkingDay(day);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return mail.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
