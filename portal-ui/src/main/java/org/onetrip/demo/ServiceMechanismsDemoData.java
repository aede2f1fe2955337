package org.onetrip.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.onetrip.agency.api.AgencyResult;
import org.onetrip.agency.api.BeneficiaryGroup;
import org.onetrip.agency.api.ConsentMethod;
import org.onetrip.agency.application.AgencyRegistration;
import org.onetrip.agency.application.AgencyService;
import org.onetrip.appointments.api.ExtraTripReason;
import org.onetrip.appointments.api.ServiceOutcome;
import org.onetrip.appointments.api.SlotDays;
import org.onetrip.appointments.application.Appointments;
import org.onetrip.appointments.application.BookingRequest;
import org.onetrip.appointments.application.SlotPublication;
import org.onetrip.appointments.application.SlotPublication.Window;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.application.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * 预约办事 and 帮代办 for a first look, through the same application services as real work, into an
 * empty store only (it runs after the catalogue and before the demo cases): holiday slots for the
 * next month in three zones with bookings made online and by phone, one moved and one cancelled; an
 * evening slot today (when there is still time today) whose applicants the desk served, one in one
 * trip and one who must come again (跑多次, materials incomplete); and three agency requests at
 * different steps. Notifications for all of it go through the outbox like any other.
 */
@Component
@ConditionalOnProperty(name = "onetrip.demo-data", havingValue = "true")
public class ServiceMechanismsDemoData {

    private static final Logger log = LoggerFactory.getLogger(ServiceMechanismsDemoData.class);

    static final Actor INTAKE = DemoData.INTAKE;
    static final Actor MINZHENG = new Actor("handler.minzheng", Role.HANDLER, "minzheng");
    static final Actor SIDIAN_AGENT = new Actor("handler.v-sidian", Role.HANDLER, "v-sidian");

    private final Appointments appointments;
    private final AgencyService agency;
    private final Clock clock;

    public ServiceMechanismsDemoData(Appointments appointments, AgencyService agency, Clock clock) {
        this.appointments = appointments;
        this.agency = agency;
        this.clock = clock;
    }

    /** Called by {@link DemoDataSetup} once per database, after the calendar is seeded and the catalogue written. */
    public void load() {
        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        var windows = List.of(
                new Window(LocalTime.of(9, 0), LocalTime.of(10, 0)),
                new Window(LocalTime.of(10, 0), LocalTime.of(11, 0)),
                new Window(LocalTime.of(14, 30), LocalTime.of(15, 30)));
        for (var zone : List.of(HallZone.MINZHENG, HallZone.RENSHE, HallZone.CUNZHEN)) {
            appointments.publishSlots(
                    new SlotPublication(
                            zone, today.plusDays(1), today.plusDays(30), SlotDays.NON_WORKING_DAYS, windows, 4),
                    INTAKE);
        }
        var holidayBookings = holidayBookings(today);
        int served = eveningSlotToday(today);
        var agencyRequests = agencyRequests();
        log.info(
                "Demo appointments and agency service written: holiday slots in three zones, {} bookings, {} served this evening, {} agency requests",
                holidayBookings,
                served,
                agencyRequests);
    }

    private int holidayBookings(LocalDate today) {
        var slots = firstOpenSlots(today, HallZone.MINZHENG);
        if (slots.size() < 2) {
            return 0;
        }
        int made = 0;
        var online = book(
                slots.get(0), "MZ-004", "陈桂芳", "13900005555", "chen.guifang@example.cn", Actor.PUBLIC, Channel.PORTAL);
        made += online == null ? 0 : 1;
        var phone = book(slots.get(0), "MZ-005", "赵德明", "13700003333", null, INTAKE, Channel.HOTLINE);
        made += phone == null ? 0 : 1;
        var moved = book(slots.get(0), "MZ-001", "王秀兰", "13800001111", null, Actor.PUBLIC, Channel.WECHAT);
        if (moved != null) {
            made++;
            appointments.move(moved, slots.get(1), INTAKE);
        }
        var cancelled = book(slots.get(1), "MZ-003", "李建国", "13600004444", null, Actor.PUBLIC, Channel.PORTAL);
        if (cancelled != null) {
            made++;
            appointments.cancel(cancelled, "来电说已在工作日办好", INTAKE);
        }
        return made;
    }

    /** An evening slot today lets the desk's day list and the bulletin show served bookings. */
    private int eveningSlotToday(LocalDate today) {
        var now = LocalDateTime.now(clock.withZone(WorkingDays.ZONE));
        var start = now.toLocalTime().truncatedTo(ChronoUnit.HOURS).plusHours(1);
        if (!now.toLocalDate().equals(today) || now.getHour() >= 22) {
            return 0;
        }
        var published = appointments.publishSlots(
                new SlotPublication(
                        HallZone.MINZHENG,
                        today,
                        today,
                        SlotDays.EVERY_DAY,
                        List.of(new Window(start, start.plusMinutes(45))),
                        6),
                INTAKE);
        if (!published.isDone()) {
            return 0;
        }
        var slot = org.onetrip.appointments.api.AppointmentSlotIds.of(today, HallZone.MINZHENG, start);
        int served = 0;
        var oneTrip = book(slot, "MZ-005", "孙玉珍", "13500006666", null, INTAKE, Channel.HOTLINE);
        if (oneTrip != null && appointments.recordArrival(oneTrip, INTAKE).isDone()) {
            appointments.recordOutcome(oneTrip, ServiceOutcome.ONE_TRIP, null, null, INTAKE);
            served++;
        }
        var again = book(slot, "MZ-001", "周海", "13400007777", null, Actor.PUBLIC, Channel.PORTAL);
        if (again != null && appointments.recordArrival(again, MINZHENG).isDone()) {
            appointments.recordOutcome(
                    again,
                    ServiceOutcome.MORE_THAN_ONE_TRIP,
                    ExtraTripReason.MATERIALS_INCOMPLETE,
                    "缺村委会出具的家庭收入情况证明，一次性告知中写的是“收入证明”，申请人以为单位证明即可。",
                    MINZHENG);
            served++;
        }
        book(slot, "MZ-002", "吴小红", "13300008888", null, Actor.PUBLIC, Channel.PORTAL);
        return served;
    }

    private int agencyRequests() {
        int made = 0;
        var elderly = register(
                "MZ-005",
                BeneficiaryGroup.ELDERLY,
                "v-sidian",
                "赵大爷",
                "13700003333",
                SIDIAN_AGENT,
                Channel.VISIT,
                "独居，行动不便，由村代办员上门收取材料。");
        if (elderly != null) {
            made++;
            agency.assignAgent(elderly, SIDIAN_AGENT.personId(), "v-sidian", SIDIAN_AGENT);
            agency.handOver(
                    elderly,
                    List.of("身份证原件", "户口簿原件", "一寸照片2张"),
                    ConsentMethod.THUMBPRINT,
                    "老人不识字，按手印，村会计在场见证",
                    SIDIAN_AGENT);
            agency.recordStep(elderly, "已将材料交乡民政所窗口，窗口已受理", SIDIAN_AGENT);
        }
        var disabled = register(
                "MZ-004",
                BeneficiaryGroup.DISABLED,
                null,
                "钱秀英",
                "13200009999",
                INTAKE,
                Channel.HOTLINE,
                "女儿在外务工，来电代为申请。");
        if (disabled != null) {
            made++;
            agency.assignAgent(disabled, MINZHENG.personId(), "minzheng", INTAKE);
        }
        var done = register(
                "RS-003", BeneficiaryGroup.MIGRANT_WORKER, null, "冯强", "13100001234", INTAKE, Channel.WINDOW, null);
        if (done != null) {
            made++;
            agency.assignAgent(done, INTAKE.personId(), "bianmin", INTAKE);
            agency.handOver(done, List.of("身份证复印件"), ConsentMethod.SIGNED_FORM, null, INTAKE);
            agency.handBack(done, AgencyResult.COMPLETED, "已办理缴费登记，回执已寄回", List.of(), INTAKE);
        }
        return made;
    }

    private List<String> firstOpenSlots(LocalDate today, HallZone zone) {
        var found = new java.util.ArrayList<String>();
        for (var day = today.plusDays(1); day.isBefore(today.plusDays(31)) && found.size() < 2; day = day.plusDays(1)) {
            var id = org.onetrip.appointments.api.AppointmentSlotIds.of(day, zone, LocalTime.of(9, 0));
            if (appointments.slotExists(id)) {
                found.add(id);
                found.add(org.onetrip.appointments.api.AppointmentSlotIds.of(day, zone, LocalTime.of(10, 0)));
            }
        }
        return found;
    }

    private String book(
            String slotId, String item, String name, String phone, String email, Actor actor, Channel channel) {
        var result =
                appointments.book(new BookingRequest(slotId, item, name, phone, email, null), actor, channel, "demo");
        if (result instanceof Result.Done<org.onetrip.appointments.application.Booked> done) {
            return done.value().booking().bookingId();
        }
        log.warn("demo booking of {} not made: {}", item, result);
        return null;
    }

    private String register(
            String item,
            BeneficiaryGroup group,
            String village,
            String name,
            String phone,
            Actor actor,
            Channel channel,
            String note) {
        var result = agency.register(new AgencyRegistration(item, group, village, name, phone, note, channel), actor);
        if (result instanceof Result.Done<org.onetrip.agency.application.Registered> done) {
            return done.value().request().requestId();
        }
        log.warn("demo agency request for {} not made: {}", item, result);
        return null;
    }
}
