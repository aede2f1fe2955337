package org.onetrip.calendar.api;

import java.time.LocalDate;
import java.time.ZoneId;

/** Working-day arithmetic on the calendar version in force, for readers outside the calendar feature. */
public interface WorkingDayCalendar {

    /** Deadlines run on township time, whatever the server's zone. */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Working days after {@code fromExclusive} up to and including {@code toInclusive}. */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);

    /** The due date {@code extraWorkingDays} working days after {@code currentDueDate}. */
    Deadline extend(LocalDate currentDueDate, int extraWorkingDays);
}
