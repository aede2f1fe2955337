package org.onetrip.calendar.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.calendar.InMemoryCalendarApp;
import org.onetrip.calendar.api.CalendarIds;
import org.onetrip.calendar.api.CalendarYearPublishedEvent;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.calendar.api.PublishCalendarYearCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;

class CalendarSeederTest {

    private final InMemoryCalendarApp app = new InMemoryCalendarApp();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void seedingAnEmptyStorePublishesEachShippedYearAsTheSystem() {
        assertThat(app.seeder().seed()).containsExactly(2025, 2026);

        List<CalendarYearPublishedEvent> published = publishedEvents();
        assertThat(published)
                .extracting(CalendarYearPublishedEvent::version, CalendarYearPublishedEvent::year)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, 2025), org.assertj.core.groups.Tuple.tuple(2L, 2026));
        assertThat(published).allSatisfy(event -> {
            assertThat(event.context().actor()).isEqualTo(Actor.SYSTEM);
            assertThat(event.context().channel()).isEqualTo(Channel.SYSTEM);
        });
        assertThat(published.get(1).holidays()).hasSize(33);
    }

    @Test
    void seedingAgainAddsNoVersion() {
        app.seeder().seed();

        assertThat(app.seeder().seed()).isEmpty();
        assertThat(app.workingDays().currentVersion()).isEqualTo(2);
        assertThat(publishedEvents()).hasSize(2);
    }

    @Test
    void aYearPublishedBeforeSeedingIsLeftAsItWas() {
        LocalDate onlyHoliday = LocalDate.parse("2026-03-02");
        app.commandGateway()
                .sendAndWait(new PublishCalendarYearCommand(
                        CalendarIds.NATIONAL,
                        2026,
                        List.of(new Holiday(onlyHoliday, "测试")),
                        List.of(),
                        "admin's own",
                        null,
                        new Actor("admin-1", Role.ADMIN, null)));

        assertThat(app.seeder().seed()).containsExactly(2025);

        assertThat(app.workingDays().currentVersion()).isEqualTo(2);
        assertThat(app.workingDays().isWorkingDay(onlyHoliday)).isFalse();
        assertThat(app.workingDays().isWorkingDay(LocalDate.parse("2026-02-16")))
                .as("shipped 春节 not applied")
                .isTrue();
    }

    private List<CalendarYearPublishedEvent> publishedEvents() {
        return app.eventStore()
                .readEvents(CalendarIds.NATIONAL)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(CalendarYearPublishedEvent.class::cast)
                .toList();
    }
}
