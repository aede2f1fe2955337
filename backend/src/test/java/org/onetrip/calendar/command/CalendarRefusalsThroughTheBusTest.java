package org.onetrip.calendar.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.calendar.InMemoryCalendarApp;
import org.onetrip.calendar.api.CalendarIds;
import org.onetrip.calendar.api.CalendarRefusalReason;
import org.onetrip.calendar.api.CalendarRejectedException;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.calendar.api.PublishCalendarYearCommand;
import org.onetrip.calendar.seed.SeedCalendar;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.application.CommandResults;

/** A refused publish as the sender gets it back from real Axon: the rule and the day survive the command bus. */
class CalendarRefusalsThroughTheBusTest {

    private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN, null);

    private InMemoryCalendarApp app;

    @BeforeEach
    void startWithTheShippedCalendar() {
        app = new InMemoryCalendarApp();
        app.seeder().seed();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_shipped_year_published_again_unchanged_comes_back_as_no_change() {
        var seed = SeedCalendar.load();

        var refused = refusal(seed.publishCommand(seed.years().get(0)));

        assertThat(refused.reason()).isEqualTo(CalendarRefusalReason.NO_CHANGE);
        assertThat(refused.date()).isEmpty();
        assertThat(refused.getMessage()).startsWith("No change: ");
    }

    @Test
    void a_make_up_day_on_a_weekday_comes_back_with_its_rule_and_its_day() {
        var refused = refusal(new PublishCalendarYearCommand(
                CalendarIds.NATIONAL,
                2030,
                List.of(new Holiday(LocalDate.of(2030, 1, 1), "元旦")),
                List.of(LocalDate.of(2030, 1, 4)),
                "国办发明电〔2029〕1号",
                null,
                ADMIN));

        assertThat(refused.reason()).isEqualTo(CalendarRefusalReason.MAKE_UP_DAY_NOT_WEEKEND);
        assertThat(refused.date()).contains(LocalDate.of(2030, 1, 4));
        assertThat(refused.reasonCode()).isEqualTo("MAKE_UP_DAY_NOT_WEEKEND");
    }

    private CalendarRejectedException refusal(PublishCalendarYearCommand command) {
        var thrown = catchThrowable(() -> app.commandGateway().sendAndWait(command));
        assertThat(thrown).isInstanceOf(RuntimeException.class);
        var handlerThrew = CommandResults.thrownByHandler((RuntimeException) thrown);
        assertThat(handlerThrew).isInstanceOf(CalendarRejectedException.class);
        return (CalendarRejectedException) handlerThrew;
    }
}
