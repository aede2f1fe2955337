package org.onetrip.disclosure.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.disclosure.api.BulletinComputation;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;
import org.onetrip.testing.TestCalendar;

/** Bulletin figures from case events, and their as-of reproducibility at a cut-off. */
class BulletinCalculatorTest {

    static final Instant FEBRUARY = at("2026-02-01T00:00");
    static final Instant MARCH = at("2026-03-01T00:00");

    private InMemoryEventStorageEngine store;
    private BulletinCalculator calculator;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStorageEngine();
        calculator = new BulletinCalculator(
                store, TestCalendar.seeded2025And2026(), DepartmentDirectory.fromClasspath(new ObjectMapper()));
        // A: 民政所 returns it, 泗店村 gets it and transfers it back (A→B→A), 民政所 answers on time, satisfied
        append(filed("A", "2026-02-02T09:00"));
        append(new CaseAssignedEvent(
                "A",
                ctx("2026-02-02T10:00"),
                "minzheng",
                null,
                LocalDate.parse("2026-02-26"),
                13,
                2,
                DeadlineBasis.FIRST_ASSIGNMENT,
                null));
        append(new CaseReturnedEvent("A", ctx("2026-02-03T10:00"), "minzheng", "村里先受理"));
        append(new CaseAssignedEvent(
                "A",
                ctx("2026-02-03T11:00"),
                "v-sidian",
                null,
                LocalDate.parse("2026-02-26"),
                13,
                2,
                DeadlineBasis.KEPT,
                null));
        append(new CaseTransferredEvent(
                "A", ctx("2026-02-04T10:00"), "v-sidian", "minzheng", "审批在民政所", LocalDate.parse("2026-02-26")));
        append(new CaseAnsweredEvent("A", ctx("2026-02-06T10:00"), "minzheng", "已办"));
        append(new CaseRatedEvent("A", ctx("2026-02-09T10:00"), Rating.SATISFIED, null));
        // B: 社保所 answers an enquiry late, the caller is dissatisfied
        append(filed("B", "2026-02-02T09:00"));
        append(new CaseAssignedEvent(
                "B",
                ctx("2026-02-02T10:00"),
                "shebao",
                null,
                LocalDate.parse("2026-02-05"),
                3,
                2,
                DeadlineBasis.FIRST_ASSIGNMENT,
                null));
        append(new CaseAnsweredEvent("B", ctx("2026-02-10T10:00"), "shebao", "答复"));
        append(new CaseRatedEvent("B", ctx("2026-02-11T10:00"), Rating.DISSATISFIED, "太慢"));
        // C: 国土所 sits on it past the due date; the discipline office opens supervision
        append(filed("C", "2026-02-02T09:00"));
        append(new CaseAssignedEvent(
                "C",
                ctx("2026-02-02T10:00"),
                "guotu",
                null,
                LocalDate.parse("2026-02-05"),
                3,
                2,
                DeadlineBasis.FIRST_ASSIGNMENT,
                null));
        append(new SupervisionOpenedEvent("C", ctx("2026-02-20T10:00"), "超期"));
    }

    @Test
    void the_figures_count_per_department_what_the_events_say() {
        var figures = calculator.compute(FEBRUARY, MARCH).figures();
        var minzheng = row(figures.departments(), "minzheng");
        assertThat(minzheng.received()).isEqualTo(2);
        assertThat(minzheng.returns()).isEqualTo(1);
        assertThat(minzheng.pingPongs()).isEqualTo(1);
        assertThat(minzheng.answered()).isEqualTo(1);
        assertThat(minzheng.onTimeRate()).isEqualTo(100.0);
        assertThat(minzheng.averageWorkingDaysToAnswer()).isEqualTo(2.0);
        assertThat(minzheng.satisfactionRate()).isEqualTo(100.0);
        var village = row(figures.departments(), "v-sidian");
        assertThat(village.transfers()).isEqualTo(1);
        assertThat(village.pingPongs()).isEqualTo(1);
        var socialSecurity = row(figures.departments(), "shebao");
        assertThat(socialSecurity.onTimeRate()).isEqualTo(0.0);
        // Feb 3, 4, 5, 6, 9, 10
        assertThat(socialSecurity.averageWorkingDaysToAnswer()).isEqualTo(6.0);
        assertThat(socialSecurity.satisfactionRate()).isEqualTo(0.0);
        var land = row(figures.departments(), "guotu");
        assertThat(land.overdueOpen()).isEqualTo(1);
        assertThat(land.supervisions()).isEqualTo(1);
        assertThat(land.onTimeRate()).isNull();
        assertThat(figures.totals().pingPongs()).isEqualTo(1);
        assertThat(figures.totals().received()).isEqualTo(5);
        assertThat(figures.totals().onTimeRate()).isEqualTo(50.0);
    }

    @Test
    void recomputing_at_the_recorded_position_gives_the_same_figures_whatever_was_stored_since() {
        BulletinComputation published = calculator.compute(FEBRUARY, MARCH);
        assertThat(published.eventCount()).isEqualTo(14);

        append(new CaseAnsweredEvent("C", ctx("2026-03-02T10:00"), "guotu", "终于办了"));
        // stored late but dated before the cut-off: a timestamp filter alone would let it in
        append(filed("D", "2026-02-27T09:00"));
        append(new CaseAssignedEvent(
                "D",
                ctx("2026-02-27T10:00"),
                "linye",
                null,
                LocalDate.parse("2026-03-18"),
                13,
                2,
                DeadlineBasis.FIRST_ASSIGNMENT,
                null));

        var again = calculator.compute(FEBRUARY, MARCH, published.lastEventPosition(), published.calendarVersion());
        assertThat(again).isEqualTo(published);

        var fresh = calculator.compute(FEBRUARY, MARCH);
        assertThat(fresh.figures()).isNotEqualTo(published.figures());
        assertThat(row(fresh.figures().departments(), "linye").received()).isEqualTo(1);
    }

    @Test
    void a_later_cut_off_gives_different_figures() {
        var february = calculator.compute(FEBRUARY, MARCH);
        append(new CaseAnsweredEvent("C", ctx("2026-03-02T10:00"), "guotu", "终于办了"));
        var later = calculator.compute(FEBRUARY, at("2026-03-03T00:00"));
        assertThat(later.figures()).isNotEqualTo(february.figures());
        assertThat(row(later.figures().departments(), "guotu").answered()).isEqualTo(1);
        assertThat(row(later.figures().departments(), "guotu").overdueOpen()).isZero();
    }

    @Test
    void events_before_the_period_shape_the_state_but_are_not_counted() {
        var march = calculator.compute(MARCH, at("2026-03-03T00:00"));
        assertThat(march.figures().totals().received()).isZero();
        assertThat(row(march.figures().departments(), "guotu").overdueOpen()).isEqualTo(1);
    }

    private void append(CaseEvent event) {
        long sequence = sequences.merge(event.caseId(), 1L, Long::sum) - 1;
        store.appendEvents(List.of(new GenericDomainEventMessage<>("Case", event.caseId(), sequence, event)));
    }

    private static CaseFiledEvent filed(String caseId, String time) {
        return new CaseFiledEvent(
                caseId,
                ctx(time),
                "R" + caseId,
                CaseKind.COMPLAINT,
                CaseCategory.OTHER,
                "t",
                "d",
                null,
                null,
                FiledComplainant.NONE);
    }

    private static EventContext ctx(String shanghaiTime) {
        return new EventContext("e", new Actor("x", Role.INTAKE, "bianmin"), Channel.WORKBENCH, at(shanghaiTime));
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
