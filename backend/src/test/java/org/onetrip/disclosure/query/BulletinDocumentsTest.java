package org.onetrip.disclosure.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.api.DepartmentFigures;

class BulletinDocumentsTest {

    @Test
    void a_chart_leaves_room_for_the_longest_department_name_in_either_language() {
        assertThat(BulletinDocuments.labelWidth(List.of("国土所", "村镇中心"))).isEqualTo(140);
        assertThat(BulletinDocuments.labelWidth(List.of("国土所", "Land and Resources Office")))
                .isGreaterThanOrEqualTo("Land and Resources Office".length() * 7);
        assertThat(BulletinDocuments.labelWidth(List.of("x".repeat(200)))).isEqualTo(320);
    }

    @Test
    void each_bar_is_labelled_by_the_readers_wording_of_its_value_and_a_missing_value_by_a_dash() {
        var svg = BulletinDocuments.barChart(
                "Cases received per department",
                List.of(figures("Land and Resources Office", 2, 100.0), figures("Civil Affairs Office", 1, null)),
                DepartmentFigures::departmentName,
                DepartmentFigures::onTimeRate,
                BulletinDocuments::percent,
                true);

        assertThat(svg)
                .contains(">Land and Resources Office</text>", ">100%</text>", ">—</text>")
                .contains(
                        "viewBox=\"0 0 " + (BulletinDocuments.labelWidth(List.of("Land and Resources Office")) + 500));
    }

    private static DepartmentFigures figures(String name, int received, Double onTimeRate) {
        return new DepartmentFigures(
                "code", name, received, received, received, onTimeRate, null, 0, 0, 0, 0, 0, null, 0, 0, 0);
    }
}
