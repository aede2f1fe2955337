package org.onetrip.appointments.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.onetrip.appointments.api.Applicant;
import org.onetrip.appointments.api.AppointmentBookedEvent;
import org.onetrip.appointments.api.AppointmentSlotIds;
import org.onetrip.appointments.api.AppointmentSlotOpenedEvent;
import org.onetrip.appointments.api.BookedItem;
import org.onetrip.appointments.api.OpenAppointmentSlotCommand;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/**
 * Test data for appointments. Commands under test happen at {@link #NOW}, Thursday 2026-10-01 10:00
 * in Shanghai (National Day); the slot is Saturday 2026-10-03 09:00–10:00 in the 民政 zone, a holiday.
 */
final class Appointments {

    static final Instant NOW = Instant.parse("2026-10-01T02:00:00Z");
    static final LocalDate SLOT_DAY = LocalDate.parse("2026-10-03");
    static final LocalTime NINE = LocalTime.of(9, 0);
    static final LocalTime TEN = LocalTime.of(10, 0);
    static final String SLOT = AppointmentSlotIds.of(SLOT_DAY, HallZone.MINZHENG, NINE);
    static final String OTHER_SLOT = AppointmentSlotIds.of(SLOT_DAY, HallZone.MINZHENG, TEN);
    static final ReceiptCode CODE = ReceiptCode.parse("7K3M-Q9TX-2B4N-8R6V1").orElseGet(ReceiptCode::generate);
    static final BookedItem LOW_INCOME = new BookedItem("MZ-001", "最低生活保障审批", "minzheng", HallZone.MINZHENG, 2);
    static final BookedItem LAND = new BookedItem("CZ-001", "农村村民住宅建设审批", "cunzhen", HallZone.CUNZHEN, 1);
    static final Applicant WANG = new Applicant("王秀兰", "13800001111", "wang@example.cn", null);

    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");
    static final Actor ADMIN = new Actor("admin", Role.ADMIN, "dangzhengban");
    static final Actor MINZHENG_WINDOW = new Actor("handler.minzheng", Role.HANDLER, "minzheng");
    static final Actor GUOTU = new Actor("handler.guotu", Role.HANDLER, "guotu");

    private Appointments() {}

    static EventContext given(Actor actor) {
        return new EventContext("given", actor, Channel.WORKBENCH, Instant.parse("2026-09-28T02:00:00Z"));
    }

    static OpenAppointmentSlotCommand open(String slotId, LocalTime start, int capacity) {
        return new OpenAppointmentSlotCommand(
                slotId,
                INTAKE,
                Channel.WORKBENCH,
                SLOT_DAY,
                HallZone.MINZHENG,
                start,
                start.plusHours(1),
                capacity,
                false);
    }

    static AppointmentSlotOpenedEvent opened(int capacity) {
        return new AppointmentSlotOpenedEvent(
                SLOT, given(INTAKE), SLOT_DAY, HallZone.MINZHENG, NINE, TEN, capacity, false, 2);
    }

    static AppointmentBookedEvent booked(String bookingId) {
        return new AppointmentBookedEvent(
                bookingId,
                new EventContext("given-booking", Actor.PUBLIC, Channel.PORTAL, Instant.parse("2026-09-28T03:00:00Z")),
                CODE.value(),
                SLOT,
                SLOT_DAY,
                NINE,
                TEN,
                1,
                LOW_INCOME,
                null);
    }
}
