package org.onetrip.grid.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.grid.api.GridCompliance.GridRecord;
import org.onetrip.grid.api.GridCompliance.Norm;
import org.onetrip.grid.api.GridCompliance.Tenure;
import org.onetrip.grid.api.GridCompliance.VisitRecord;

/** The plan's rule: every cadre of every grid visits it at least once a month (the norm of that month). */
class GridComplianceTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final GridCadre LEADER = new GridCadre(GridCadreRole.LIAISON_LEADER, "zhao.lei", "赵磊", "dangzhengban");
    static final GridCadre CADRE = new GridCadre(GridCadreRole.GRID_CADRE, "sun.hong", "孙红", "minzheng");
    static final GridCadre VILLAGE = new GridCadre(GridCadreRole.VILLAGE_CADRE, "handler.v-sidian", "村干部", "v-sidian");
    static final List<Norm> ONE = List.of(new Norm(1, null));

    static GridRecord grid(String id, Tenure... tenures) {
        return new GridRecord(id, id + "网格", "v-sidian", List.of(tenures));
    }

    static Tenure since(GridCadre cadre, String from) {
        return new Tenure(cadre, LocalDate.parse(from), null);
    }

    static VisitRecord visit(String grid, GridCadre cadre, String on) {
        return new VisitRecord(grid, cadre.personId(), LocalDate.parse(on));
    }

    @Test
    void each_cadre_owes_one_visit_a_month_and_a_grid_is_complete_when_all_three_went() {
        var grids = List.of(grid(
                "sidian-1", since(LEADER, "2026-01-01"), since(CADRE, "2026-01-01"), since(VILLAGE, "2026-01-01")));
        var visits = List.of(
                visit("sidian-1", LEADER, "2026-03-02"),
                visit("sidian-1", CADRE, "2026-03-05"),
                visit("sidian-1", CADRE, "2026-03-20"),
                visit("sidian-1", VILLAGE, "2026-02-27"));
        var compliance = GridCompliance.of(MARCH, grids, visits, ONE);

        var row = compliance.grids().get(0);
        assertThat(row.required()).isEqualTo(3);
        assertThat(row.done())
                .as("the second visit of 孙红 does not make up for the village cadre")
                .isEqualTo(2);
        assertThat(row.visits()).isEqualTo(3);
        assertThat(row.rate()).isEqualTo(66.7);
        assertThat(row.complete()).isFalse();
        assertThat(row.cadres())
                .extracting(c -> c.cadre().personId() + ":" + c.visits() + "/" + c.counted())
                .containsExactly("zhao.lei:1/1", "sun.hong:2/1", "handler.v-sidian:0/0");
        assertThat(compliance.totals()).isEqualTo(new GridCompliance.Totals(1, 0, 3, 2, 3, 66.7));
    }

    @Test
    void a_cadre_owes_the_month_when_in_post_on_the_fifteenth() {
        var grids = List.of(grid(
                "sidian-1",
                new Tenure(LEADER, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-15")),
                since(CADRE, "2026-03-15"),
                since(VILLAGE, "2026-03-16")));
        var compliance = GridCompliance.of(MARCH, grids, List.of(visit("sidian-1", LEADER, "2026-03-03")), ONE);

        var row = compliance.grids().get(0);
        assertThat(row.required()).as("only 孙红 held a post on the 15th").isEqualTo(1);
        assertThat(row.done()).isZero();
        assertThat(row.visits()).isEqualTo(1);
        assertThat(row.cadres())
                .extracting(c -> c.cadre().personId() + (c.owes() ? " owes" : " visited"))
                .containsExactly("sun.hong owes", "zhao.lei visited");
    }

    @Test
    void the_norm_of_the_month_is_the_last_one_set_that_had_taken_effect() {
        var norms = List.of(new Norm(1, null), new Norm(2, YearMonth.of(2026, 4)), new Norm(3, YearMonth.of(2026, 6)));
        assertThat(GridCompliance.normFor(MARCH, norms)).isEqualTo(1);
        assertThat(GridCompliance.normFor(YearMonth.of(2026, 4), norms)).isEqualTo(2);
        assertThat(GridCompliance.normFor(YearMonth.of(2026, 5), norms)).isEqualTo(2);
        assertThat(GridCompliance.normFor(YearMonth.of(2026, 7), norms)).isEqualTo(3);
        assertThat(GridCompliance.normFor(MARCH, List.of()))
                .as("the plan's own norm")
                .isEqualTo(1);

        var grids = List.of(grid("sidian-1", since(CADRE, "2026-01-01")));
        var april = GridCompliance.of(
                YearMonth.of(2026, 4),
                grids,
                List.of(visit("sidian-1", CADRE, "2026-04-01"), visit("sidian-1", CADRE, "2026-04-21")),
                norms);
        assertThat(april.visitsPerCadre()).isEqualTo(2);
        assertThat(april.grids().get(0).required()).isEqualTo(2);
        assertThat(april.grids().get(0).done()).isEqualTo(2);
        assertThat(april.grids().get(0).complete()).isTrue();
    }

    @Test
    void a_grid_without_cadres_owes_nothing_and_has_no_rate_and_visits_elsewhere_do_not_count() {
        var grids = List.of(grid("sidian-2"), grid("sidian-1", since(CADRE, "2026-01-01")));
        var compliance = GridCompliance.of(MARCH, grids, List.of(visit("sidian-2", CADRE, "2026-03-09")), ONE);

        assertThat(compliance.grids())
                .extracting(GridCompliance.GridRow::gridId)
                .containsExactly("sidian-1", "sidian-2");
        assertThat(compliance.grids().get(0).done()).isZero();
        assertThat(compliance.grids().get(1).required()).isZero();
        assertThat(compliance.grids().get(1).rate()).isNull();
        assertThat(compliance.grids().get(1).complete()).isTrue();
    }

    @Test
    void per_department_the_visits_its_cadres_owed_and_made() {
        var grids = List.of(
                grid("sidian-1", since(LEADER, "2026-01-01"), since(CADRE, "2026-01-01")),
                grid("sidian-2", since(CADRE, "2026-01-01")));
        var compliance = GridCompliance.of(MARCH, grids, List.of(visit("sidian-1", CADRE, "2026-03-09")), ONE);

        assertThat(compliance.byDepartment())
                .containsExactly(
                        new GridCompliance.DepartmentVisits("dangzhengban", 1, 0),
                        new GridCompliance.DepartmentVisits("minzheng", 2, 1));
        assertThat(compliance.byDepartment().get(1).missed()).isEqualTo(1);
    }
}
