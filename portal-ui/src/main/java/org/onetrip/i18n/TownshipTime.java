package org.onetrip.i18n;

import java.time.format.DateTimeFormatter;
import org.onetrip.calendar.api.WorkingDayCalendar;

/** The one way the staff screens write an instant: the township's local time, to the minute or to the second. */
public final class TownshipTime {

    public static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WorkingDayCalendar.ZONE);
    public static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(WorkingDayCalendar.ZONE);

    private TownshipTime() {}
}
