package org.onetrip.home.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.projections.performance.DepartmentMonth;

class HeadlineTest {

    @Test
    void the_township_rates_weigh_every_departments_cases_not_every_departments_rate() {
        var headline = Headline.of(
                "2025-12",
                List.of(
                        new DepartmentMonth("minzheng", "2026-01", 9, 9, 1.0, 2.0, 8, 8, 1.0),
                        new DepartmentMonth("guotu", "2026-02", 1, 0, 0.0, 20.0, 2, 0, 0.0)));

        assertThat(headline.fromMonth()).isEqualTo("2025-12");
        assertThat(headline.answered()).isEqualTo(10);
        assertThat(headline.onTimeRate()).isCloseTo(0.9, within(1e-9));
        assertThat(headline.rated()).isEqualTo(10);
        assertThat(headline.satisfactionRate()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void without_answers_or_ratings_there_is_no_rate_rather_than_zero() {
        var headline =
                Headline.of("2025-12", List.of(new DepartmentMonth("minzheng", "2026-01", 3, 3, 1.0, 2.0, 0, 0, null)));

        assertThat(Headline.of("2025-12", List.of()).onTimeRate()).isNull();
        assertThat(headline.onTimeRate()).isEqualTo(1.0);
        assertThat(headline.satisfactionRate()).isNull();
    }
}
