package org.onetrip.liaison.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onetrip.i18n.TownshipTime;

/** Dates, months and rates as the liaison screens write them. */
public final class Texts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    static final DateTimeFormatter TIME = TownshipTime.MINUTES;

    private Texts() {}

    public static String day(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }

    public static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    public static String rate(Double percent) {
        return percent == null ? "—" : String.format(Locale.ROOT, "%.1f%%", percent);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** This month and the {@code back} months before it, newest first. */
    public static List<YearMonth> monthsBack(YearMonth now, int back) {
        var months = new ArrayList<YearMonth>();
        for (int i = 0; i <= back; i++) {
            months.add(now.minusMonths(i));
        }
        return months;
    }
}
