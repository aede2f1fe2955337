package org.onetrip.oversight.admin.ui;

import java.time.LocalDate;
import java.util.List;
import org.onetrip.calendar.api.Holiday;

/** A year's corrected arrangement as entered, holidays expanded day by day, both lists in date order. */
public record CalendarDraft(
        int year, List<Holiday> holidays, List<LocalDate> makeUpWorkingDays, String source, String note) {}
