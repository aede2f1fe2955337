package org.onetrip.appointments.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.onetrip.agency.api.AgencyItem;
import org.onetrip.agency.api.AgencyRequestRegisteredEvent;
import org.onetrip.agency.api.AgencyResult;
import org.onetrip.agency.api.AgencyResultHandedBackEvent;
import org.onetrip.agency.api.BeneficiaryGroup;
import org.onetrip.agency.query.AgencyBulletinContribution;
import org.onetrip.appointments.api.AppointmentBookedEvent;
import org.onetrip.appointments.api.AppointmentServedEvent;
import org.onetrip.appointments.api.BookedItem;
import org.onetrip.appointments.api.ExtraTripReason;
import org.onetrip.appointments.api.ServiceOutcome;
import org.onetrip.calendar.api.Deadline;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.query.AssessmentProperties;
import org.onetrip.disclosure.query.AssessmentScores;
import org.onetrip.disclosure.query.BulletinCalculator;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;
import org.onetrip.testing.TestCalendar;

/**
 * The bulletin of October 2026 with the service mechanisms: the desk served three bookings for 民政所
 * items, one of them in more than one trip; 民政所 handed one agency request back, and another one is
 * still open past its promised date at the cut-off. The 跑多次 booking and the overdue request count
 * against 民政所 and cost it points in the assessment.
 */
class ServiceFiguresInBulletinTest {

    static final Instant OCTOBER = at("2026-10-01T00:00");
    static final Instant NOVEMBER = at("2026-11-01T00:00");
    static final BookedItem LOW_INCOME = new BookedItem("MZ-001", "最低生活保障审批", "minzheng", HallZone.MINZHENG, 1);
    static final AgencyItem ALLOWANCE = new AgencyItem("MZ-005", "高龄津贴", "minzheng", 5, 1);

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
    private final Map<String, Long> sequences = new HashMap<>();
    private final BulletinCalculator calculator = new BulletinCalculator(
            store,
            TestCalendar.seeded2025And2026(),
            DepartmentDirectory.fromClasspath(new ObjectMapper()),
            List.of(new AppointmentBulletinContribution(), new AgencyBulletinContribution()));

    @Test
    void served_bookings_more_than_one_trip_and_overdue_agency_requests_count_against_the_item_s_department() {
        served("bk-1", "2026-10-03T09:30", ServiceOutcome.ONE_TRIP, null);
        served("bk-2", "2026-10-03T09:40", ServiceOutcome.MORE_THAN_ONE_TRIP, ExtraTripReason.MATERIALS_INCOMPLETE);
        served("bk-3", "2026-10-04T10:10", ServiceOutcome.ONE_TRIP, null);
        served("bk-september", "2026-09-27T10:10", ServiceOutcome.MORE_THAN_ONE_TRIP, ExtraTripReason.OTHER);
        served("bk-november", "2026-11-01T10:10", ServiceOutcome.MORE_THAN_ONE_TRIP, ExtraTripReason.OTHER);
        registered("ag-done", "2026-10-09T10:00", "2026-10-16");
        append(
                "ag-done",
                new AgencyResultHandedBackEvent(
                        "ag-done", ctx("2026-10-15T16:00"), AgencyResult.COMPLETED, null, List.of(), true, "minzheng"));
        registered("ag-late", "2026-10-12T10:00", "2026-10-19");
        registered("ag-fresh", "2026-10-29T10:00", "2026-11-05");

        var computation = calculator.compute(OCTOBER, NOVEMBER);
        var minzheng = row(computation.figures().departments(), "minzheng");

        assertThat(minzheng.appointmentsServed()).isEqualTo(3);
        assertThat(minzheng.appointmentsMoreThanOneTrip()).isEqualTo(1);
        assertThat(minzheng.agencyHandedBack()).isEqualTo(1);
        assertThat(minzheng.agencyOverdueOpen()).isEqualTo(1);
        assertThat(minzheng.hasActivity()).isTrue();
        assertThat(computation.figures().totals().appointmentsMoreThanOneTrip()).isEqualTo(1);
        var score =
                AssessmentScores.score(minzheng, AssessmentProperties.defaults().weights());
        assertThat(score.deductions()).isEqualTo(1 * 1 + 1 * 2.0);

        var again =
                calculator.compute(OCTOBER, NOVEMBER, computation.lastEventPosition(), computation.calendarVersion());
        assertThat(again.figures()).isEqualTo(computation.figures());
        assertThat(again.eventCount()).isEqualTo(computation.eventCount());
    }

    @Test
    void a_bulletin_without_any_booking_or_request_has_zeros_like_one_published_before_the_mechanisms() {
        var figures = calculator.compute(OCTOBER, NOVEMBER).figures();
        var before = new DepartmentFigures("minzheng", "民政所", 0, 0, 0, null, null, 0, 0, 0, 0, 0, null, 0, 0, 0);
        assertThat(row(figures.departments(), "minzheng")).isEqualTo(before);
    }

    private void served(String bookingId, String time, ServiceOutcome outcome, ExtraTripReason reason) {
        var day = LocalDateTime.parse(time).toLocalDate();
        append(
                bookingId,
                new AppointmentBookedEvent(
                        bookingId,
                        ctx(time),
                        "CODE",
                        "slot",
                        day,
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        1,
                        LOW_INCOME,
                        null));
        append(
                bookingId,
                new AppointmentServedEvent(
                        bookingId, ctx(time), outcome, reason, reason == null ? null : "缺证明", "MZ-001", "minzheng"));
    }

    private void registered(String requestId, String time, String due) {
        append(
                requestId,
                new AgencyRequestRegisteredEvent(
                        requestId,
                        ctx(time),
                        "CODE",
                        ALLOWANCE,
                        BeneficiaryGroup.ELDERLY,
                        null,
                        new Deadline(LocalDate.parse(due), 5, 2),
                        null,
                        null));
    }

    private void append(String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        store.appendEvents(List.of(new GenericDomainEventMessage<>("X", aggregateId, sequence, event)));
    }

    private static EventContext ctx(String shanghaiTime) {
        return new EventContext("e", new Actor("x", Role.INTAKE, "bianmin"), Channel.WINDOW, at(shanghaiTime));
    }

    static Instant at(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime).atZone(WorkingDays.ZONE).toInstant();
    }

    private static DepartmentFigures row(List<DepartmentFigures> rows, String code) {
        return rows.stream()
                .filter(r -> code.equals(r.departmentCode()))
                .findFirst()
                .orElseThrow();
    }
}
