package org.onetrip.oversight.discipline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onetrip.projections.discipline.DepartmentSummary;

class DepartmentTrendChartTest {

    static DepartmentSummary flagged(String code, int score) {
        return new DepartmentSummary(code, 3, 1, 1, 0, 0, 0, null, 0, 0, null, 0, 0, null, score);
    }

    @Test
    void the_bars_scale_to_the_largest_total_and_escape_department_names() {
        var svg = DepartmentTrendChart.bars(
                List.of(flagged("a", 8), flagged("b", 4)),
                DepartmentSummary::flagScore,
                code -> code.equals("a") ? "<script>x</script>" : "民政所");

        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 ");
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
        var widths = Pattern.compile("<rect [^>]*width=\"(\\d+)\"")
                .matcher(svg)
                .results()
                .map(m -> Integer.parseInt(m.group(1)))
                .toList();
        assertThat(widths).containsExactly(220, 110);
    }

    @Test
    void labels_are_shortened_to_the_label_column_by_their_drawn_width() {
        assertThat(DepartmentTrendChart.clip("民政所")).isEqualTo("民政所");
        assertThat(DepartmentTrendChart.clip("森林资源管理站")).isEqualTo("森林资源管理站");
        assertThat(DepartmentTrendChart.clip("Land and Resources")).isEqualTo("Land and Resources");
        assertThat(DepartmentTrendChart.clip("Petitions and Public Order Office"))
                .isEqualTo("Petitions and Pub…");
    }

    @Test
    void the_trend_draws_one_line_per_department_with_a_point_per_month() {
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        series.put("minzheng", List.of(0, 2, 5));
        series.put("guotu", List.of(1, 1, 0));
        var months = List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));

        var svg = DepartmentTrendChart.lines(series, months, month -> month.getMonthValue() + "月");

        assertThat(Pattern.compile("<polyline").matcher(svg).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("<circle").matcher(svg).results().count()).isEqualTo(6);
        assertThat(svg).contains(">9月<", ">10月<", ">11月<");
        // the highest value sits at the top of the plot, zero on its base line
        assertThat(svg).contains("points=\"28,130 178,82 328,10\"");
    }

    @Test
    void the_trend_is_told_in_words_department_by_department_and_month_by_month() {
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        series.put("minzheng", List.of(0, 2, 5));
        series.put("guotu", List.of(1, 1, 0));
        var months = List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));

        var words = DepartmentTrendChart.describeLines(
                series,
                months,
                month -> month.getMonthValue() + "月",
                code -> code.equals("minzheng") ? "民政所" : "国土所",
                (name, figures) -> name + "（" + figures + "）",
                items -> String.join("、", items));

        assertThat(words).isEqualTo("民政所（9月 0、10月 2、11月 5）、国土所（9月 1、10月 1、11月 0）");
    }

    @Test
    void every_line_colour_and_the_axis_stand_out_from_the_white_page_by_at_least_three_to_one() {
        var drawn = new java.util.ArrayList<>(DepartmentTrendChart.COLOURS);
        drawn.add(DepartmentTrendChart.AXIS);
        for (var colour : drawn) {
            assertThat(1.05 / (luminance(colour) + 0.05)).as(colour).isGreaterThanOrEqualTo(3.0);
        }
    }

    /** WCAG 2's relative luminance of an sRGB colour written #rrggbb. */
    private static double luminance(String colour) {
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            luminance += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return luminance;
    }
}
