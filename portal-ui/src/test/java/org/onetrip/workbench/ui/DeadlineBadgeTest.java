package org.onetrip.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.projections.cases.DeadlineStatus;

class DeadlineBadgeTest {

    @AfterEach
    void tearDown() {
        WorkbenchUi.stop();
    }

    @Test
    void each_deadline_status_has_its_own_label_and_colour() {
        WorkbenchUi.start(Locale.SIMPLIFIED_CHINESE);
        assertThat(new DeadlineBadge(DeadlineStatus.ON_TIME).getText()).isEqualTo("未超期");
        assertThat(new DeadlineBadge(DeadlineStatus.DUE_SOON).getText()).isEqualTo("即将到期");
        var overdue = new DeadlineBadge(DeadlineStatus.OVERDUE);
        assertThat(overdue.getText()).isEqualTo("已超期");
        assertThat(overdue.getElement().getThemeList()).contains("badge", "error");
        assertThat(new DeadlineBadge(DeadlineStatus.DUE_SOON).getElement().getThemeList())
                .contains("warning");
        assertThat(new DeadlineBadge(null).getText()).isEqualTo("未计时");
    }

    @Test
    void in_english_the_badges_say_on_time_due_soon_overdue() {
        WorkbenchUi.start(Locale.ENGLISH);
        assertThat(new DeadlineBadge(DeadlineStatus.ON_TIME).getText()).isEqualTo("On time");
        assertThat(new DeadlineBadge(DeadlineStatus.DUE_SOON).getText()).isEqualTo("Due soon");
        assertThat(new DeadlineBadge(DeadlineStatus.OVERDUE).getText()).isEqualTo("Overdue");
    }
}
