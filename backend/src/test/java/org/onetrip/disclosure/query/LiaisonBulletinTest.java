package org.onetrip.disclosure.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
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
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseOrigin;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.disclosure.api.AssessmentResponse;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.disclosure.api.LiaisonVisits;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.enterprise.api.EnterpriseLiaisonFigures;
import org.onetrip.enterprise.api.EnterpriseRegisteredEvent;
import org.onetrip.enterprise.api.EnterpriseSector;
import org.onetrip.enterprise.api.EnterpriseVisitLoggedEvent;
import org.onetrip.enterprise.api.LiaisonCadre;
import org.onetrip.grid.api.GridCadre;
import org.onetrip.grid.api.GridCadreAssignedEvent;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridDefinedEvent;
import org.onetrip.grid.api.GridVisitLoggedEvent;
import org.onetrip.grid.api.GridVisitNormSetEvent;
import org.onetrip.grid.api.GridVisitNorms;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;
import org.onetrip.testing.TestCalendar;

/**
 * The bulletin's grid-visit and enterprise-liaison sections and the assessment's field-visit deductions,
 * computed from the stored events like every other figure, and reproducible at a cut-off.
 */
class LiaisonBulletinTest {

    static final Instant MARCH = at("2026-03-01T00:00");
    static final Instant APRIL = at("2026-04-01T00:00");
    static final GridCadre LEADER = new GridCadre(GridCadreRole.LIAISON_LEADER, "zhao.lei", "赵磊", "dangzhengban");
    static final GridCadre CADRE = new GridCadre(GridCadreRole.GRID_CADRE, "sun.hong", "孙红", "minzheng");
    static final LiaisonCadre QIAN = new LiaisonCadre("qian.feng", "钱峰", "xiangmu");

    private InMemoryEventStorageEngine store;
    private BulletinCalculator calculator;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStorageEngine();
        calculator = new BulletinCalculator(
                store, TestCalendar.seeded2025And2026(), DepartmentDirectory.fromClasspath(new ObjectMapper()));
        append(
                "GridVisitNorm",
                GridVisitNorms.ID,
                new GridVisitNormSetEvent(GridVisitNorms.ID, ctx("2026-01-05T08:00"), 1, null, "the plan"));
        append(
                "Grid",
                "sidian-1",
                new GridDefinedEvent("sidian-1", ctx("2026-01-05T09:00"), "泗店村一网格", "v-sidian", null));
        append("Grid", "sidian-1", new GridCadreAssignedEvent("sidian-1", ctx("2026-01-05T09:00"), LEADER, null));
        append("Grid", "sidian-1", new GridCadreAssignedEvent("sidian-1", ctx("2026-01-05T09:00"), CADRE, null));
        // February: both visit; March: only 孙红 (twice), 赵磊 never
        append("Grid", "sidian-1", visit(LEADER, "2026-02-10"));
        append("Grid", "sidian-1", visit(CADRE, "2026-02-11"));
        append("Grid", "sidian-1", visit(CADRE, "2026-03-03"));
        append("Grid", "sidian-1", visit(CADRE, "2026-03-24"));

        append(
                "Enterprise",
                "ent-1",
                new EnterpriseRegisteredEvent(
                        "ent-1",
                        ctx("2026-01-06T09:00"),
                        "泗店面粉厂",
                        EnterpriseSector.MANUFACTURING,
                        null,
                        null,
                        QIAN,
                        "hash"));
        append(
                "Enterprise",
                "ent-2",
                new EnterpriseRegisteredEvent(
                        "ent-2",
                        ctx("2026-01-06T09:00"),
                        "河口砖厂",
                        EnterpriseSector.CONSTRUCTION,
                        null,
                        null,
                        QIAN,
                        "hash2"));
        append(
                "Enterprise",
                "ent-1",
                new EnterpriseVisitLoggedEvent(
                        "ent-1",
                        ctx("2026-03-04T16:00"),
                        "ev-1",
                        QIAN,
                        LocalDate.parse("2026-03-04"),
                        null,
                        "正常",
                        List.of()));
        // two requests of March: electricity answered in time, land still open and overdue at the end of March
        request("r-1", "UTILITIES", "2026-03-04T16:00", "2026-03-11");
        append("Case", "r-1", new CaseAnsweredEvent("r-1", ctx("2026-03-10T10:00"), "xiangmu", "已增容"));
        request("r-2", "LAND", "2026-03-04T16:00", "2026-03-11");
    }

    @Test
    void a_march_bulletin_reports_grid_visits_done_against_required_and_the_enterprise_requests_by_type() {
        var figures = calculator.compute(MARCH, APRIL).figures();

        var grid = figures.gridVisits();
        assertThat(grid.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(grid.totals().required()).isEqualTo(2);
        assertThat(grid.totals().done()).isEqualTo(1);
        assertThat(grid.totals().visits()).isEqualTo(2);
        assertThat(grid.grids().get(0).cadres())
                .as("a public bulletin names no staff")
                .isEmpty();
        assertThat(grid.grids().get(0).required()).isEqualTo(2);
        assertThat(grid.grids().get(0).done()).isEqualTo(1);

        var enterprises = figures.enterpriseLiaison();
        assertThat(enterprises.registered()).isEqualTo(2);
        assertThat(enterprises.visited()).isEqualTo(1);
        assertThat(enterprises.visitRate()).isEqualTo(50.0);
        assertThat(enterprises.types())
                .containsExactly(
                        new EnterpriseLiaisonFigures.TypeRow(EnterpriseIssueType.LAND, 1, 0, 1, 1),
                        new EnterpriseLiaisonFigures.TypeRow(EnterpriseIssueType.UTILITIES, 1, 1, 0, 0));
        assertThat(enterprises.totals()).isEqualTo(new EnterpriseLiaisonFigures.TypeRow(null, 2, 1, 1, 1));
    }

    @Test
    void a_cut_off_before_the_later_visits_leaves_them_out_and_is_reproducible_later() {
        var cutOff = at("2026-03-10T00:00");
        var before = calculator.compute(MARCH, cutOff);
        append("Grid", "sidian-1", visit(LEADER, "2026-03-05"));
        var again = calculator.compute(MARCH, cutOff, before.lastEventPosition(), before.calendarVersion());

        assertThat(before.figures().gridVisits().totals().done()).isEqualTo(1);
        assertThat(again.figures()).isEqualTo(before.figures());
        assertThat(calculator
                        .compute(MARCH, APRIL)
                        .figures()
                        .gridVisits()
                        .totals()
                        .done())
                .isEqualTo(2);
    }

    @Test
    void a_bulletin_stored_before_the_sections_existed_reads_and_verifies_without_them() throws Exception {
        var computed = calculator.compute(MARCH, APRIL).figures();
        var json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        var old = json.writeValueAsString(new BulletinFigures(computed.departments(), computed.totals()));
        assertThat(old).doesNotContain("gridVisits").doesNotContain("enterpriseLiaison");
        var stored = json.readValue(old, BulletinFigures.class);
        assertThat(stored.gridVisits()).isNull();
        assertThat(computed.sectionsOf(stored)).isEqualTo(stored);
        assertThat(computed.sectionsOf(computed)).isEqualTo(computed);
        assertThat(json.readValue(json.writeValueAsString(computed), BulletinFigures.class))
                .isEqualTo(computed);
    }

    @Test
    void the_assessment_charges_each_department_for_the_field_visits_its_staff_owed_and_did_not_make() {
        var computed = calculator.compute(at("2026-01-01T00:00"), APRIL);
        var visits = computed.liaisonVisits();
        // January: posts taken up on the 5th, so both owe January too; nobody went then
        assertThat(visits.get("dangzhengban")).isEqualTo(new LiaisonVisits(3, 1, 0, 0));
        assertThat(visits.get("minzheng")).isEqualTo(new LiaisonVisits(3, 2, 0, 0));
        assertThat(visits.get("xiangmu")).isEqualTo(new LiaisonVisits(0, 0, 6, 1));

        var weights = AssessmentProperties.defaults().weights();
        AssessmentResponse.Score score =
                AssessmentScores.score(BulletinCalculator.emptyRow("xiangmu", "项目办"), visits.get("xiangmu"), weights);
        assertThat(score.deductions()).isEqualTo(2.5);
        assertThat(score.score()).isEqualTo(97.5);
        assertThat(score.liaisonVisits().enterpriseMonthsMissed()).isEqualTo(5);
    }

    // ---- helpers

    private void request(String caseId, String type, String filedAt, String due) {
        append(
                "Case",
                caseId,
                new CaseFiledEvent(
                        caseId,
                        ctx(filedAt),
                        "R" + caseId,
                        CaseKind.ENTERPRISE_REQUEST,
                        CaseCategory.OTHER,
                        "t",
                        "d",
                        null,
                        null,
                        FiledComplainant.NONE,
                        new CaseOrigin(CaseOrigin.Source.ENTERPRISE_VISIT, "ent-1", "ev-1", 1, type)));
        append(
                "Case",
                caseId,
                new CaseAssignedEvent(
                        caseId,
                        ctx(filedAt),
                        "xiangmu",
                        null,
                        LocalDate.parse(due),
                        5,
                        2,
                        DeadlineBasis.FIRST_ASSIGNMENT,
                        null));
    }

    private static GridVisitLoggedEvent visit(GridCadre cadre, String on) {
        return new GridVisitLoggedEvent(
                "sidian-1",
                ctx(on + "T18:00"),
                "v-" + cadre.personId() + on,
                cadre,
                LocalDate.parse(on),
                "一组",
                3,
                0,
                null,
                null,
                List.of());
    }

    private void append(String type, String id, Object event) {
        long sequence = sequences.merge(id, 1L, Long::sum) - 1;
        store.appendEvents(List.of(new GenericDomainEventMessage<>(type, id, sequence, event)));
    }

    private static EventContext ctx(String shanghaiTime) {
        return new EventContext("e", new Actor("x", Role.INTAKE, "bianmin"), Channel.WORKBENCH, at(shanghaiTime));
    }

    static Instant at(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime).atZone(WorkingDays.ZONE).toInstant();
    }
}
