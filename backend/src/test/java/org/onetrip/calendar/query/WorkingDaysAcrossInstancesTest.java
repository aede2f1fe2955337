package org.onetrip.calendar.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.calendar.InMemoryCalendarApp;
import org.onetrip.calendar.api.CalendarIds;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.calendar.api.PublishCalendarYearCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

/**
 * Two instances on one event store: the other instance's cache has no event handler that hears this one's
 * publication, yet counts on the new version once its refresh interval has passed.
 */
class WorkingDaysAcrossInstancesTest {

    final InMemoryCalendarApp app = new InMemoryCalendarApp();
    final MovableClock clock = new MovableClock();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_year_published_on_another_instance_counts_here_within_the_refresh_interval() {
        app.seeder().seed();
        var elsewhere = new WorkingDays(app.eventStore(), clock, Duration.ofSeconds(1));
        assertThat(elsewhere.currentVersion()).isEqualTo(2);
        assertThat(elsewhere.isWorkingDay(LocalDate.parse("2027-01-04"))).isTrue();

        app.commandGateway()
                .sendAndWait(new PublishCalendarYearCommand(
                        CalendarIds.NATIONAL,
                        2027,
                        List.of(new Holiday(LocalDate.parse("2027-01-04"), "元旦（调整）")),
                        List.of(),
                        "test notice",
                        null,
                        new Actor("admin", Role.ADMIN, null)));
        assertThat(app.workingDays().currentVersion())
                .as("the publishing instance, at once")
                .isEqualTo(3);
        assertThat(elsewhere.currentVersion()).as("within the refresh interval").isEqualTo(2);

        clock.move(Duration.ofMillis(1001));

        assertThat(elsewhere.currentVersion()).isEqualTo(3);
        assertThat(elsewhere.isWorkingDay(LocalDate.parse("2027-01-04"))).isFalse();
    }

    @Test
    void an_unchanged_calendar_is_not_read_again() {
        app.seeder().seed();
        var elsewhere = new WorkingDays(app.eventStore(), clock, Duration.ofSeconds(1));
        var before = elsewhere.currentVersion();
        clock.move(Duration.ofSeconds(5));
        assertThat(elsewhere.currentVersion()).isEqualTo(before);
        assertThat(elsewhere.publishedYears()).containsExactly(2025, 2026);
    }

    static final class MovableClock extends Clock {
        private Instant now = InMemoryCalendarApp.NOW;

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
