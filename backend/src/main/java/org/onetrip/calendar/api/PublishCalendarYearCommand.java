package org.onetrip.calendar.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;

/**
 * Publishes the full holiday arrangement of one year, replacing any earlier one for that year.
 * {@code source} cites the notice it comes from (e.g. 国办发明电〔2025〕7号).
 */
public record PublishCalendarYearCommand(
        @TargetAggregateIdentifier String calendarId,
        int year,
        List<Holiday> holidays,
        List<LocalDate> makeUpWorkingDays,
        String source,
        String note,
        Actor actor) {}
