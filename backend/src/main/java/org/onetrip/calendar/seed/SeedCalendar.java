package org.onetrip.calendar.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.calendar.api.PublishCalendarYearCommand;
import org.onetrip.shared.api.Actor;

/**
 * The holiday arrangements shipped with the application (calendar/cn-holidays.json). The file lists
 * holidays as date ranges, as the State Council notices do; they are published day by day.
 */
public record SeedCalendar(String calendarId, List<SeedYear> years) {

    public static final String RESOURCE = "calendar/cn-holidays.json";

    public record SeedYear(
            int year, String source, String note, List<HolidayRange> holidays, List<LocalDate> makeUpWorkingDays) {

        public List<Holiday> holidayDays() {
            return holidays.stream()
                    .flatMap(range -> range.from()
                            .datesUntil(range.to().plusDays(1))
                            .map(date -> new Holiday(date, range.name())))
                    .toList();
        }
    }

    public record HolidayRange(String name, LocalDate from, LocalDate to) {}

    public static SeedCalendar load() {
        try (InputStream in = SeedCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, SeedCalendar.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public PublishCalendarYearCommand publishCommand(SeedYear year) {
        return new PublishCalendarYearCommand(
                calendarId,
                year.year(),
                year.holidayDays(),
                year.makeUpWorkingDays(),
                year.source(),
                year.note(),
                Actor.SYSTEM);
    }
}
