package org.onetrip.projections.performance;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.projections.cases.CaseDocument;
import org.onetrip.projections.cases.CaseDocumentView;

/** On-time rate, average handling working days and satisfaction per department and month. */
public final class DepartmentPerformance {

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(WorkingDayCalendar.ZONE);

    private DepartmentPerformance() {}

    /** {@code fromMonth}/{@code toMonth} as yyyy-MM, inclusive; null for open-ended. */
    public static List<DepartmentMonth> of(Iterable<CaseDocument> documents, String fromMonth, String toMonth) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (var doc : documents) {
            var view = CaseDocumentView.of(doc);
            if (view.answeringDepartment() == null || view.firstAnsweredAt() == null) {
                continue;
            }
            var month = MONTH.format(view.firstAnsweredAt());
            if ((fromMonth != null && month.compareTo(fromMonth) < 0)
                    || (toMonth != null && month.compareTo(toMonth) > 0)) {
                continue;
            }
            var tally = tallies.computeIfAbsent(view.answeringDepartment() + "|" + month, k -> new Tally());
            tally.answered++;
            if (Boolean.TRUE.equals(view.answeredOnTime())) {
                tally.onTime++;
            }
            if (view.handlingWorkingDays() != null) {
                tally.handled++;
                tally.handlingDays += view.handlingWorkingDays();
            }
            if (view.satisfied() != null) {
                tally.rated++;
                if (view.satisfied()) {
                    tally.satisfied++;
                }
            }
        }
        var months = new ArrayList<DepartmentMonth>();
        tallies.forEach((key, t) -> {
            var parts = key.split("\\|");
            months.add(new DepartmentMonth(
                    parts[0],
                    parts[1],
                    t.answered,
                    t.onTime,
                    ratio(t.onTime, t.answered),
                    t.handled == 0 ? null : (double) t.handlingDays / t.handled,
                    t.rated,
                    t.satisfied,
                    ratio(t.satisfied, t.rated)));
        });
        return months;
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static final class Tally {
        int answered;
        int onTime;
        int handled;
        long handlingDays;
        int rated;
        int satisfied;
    }
}
