package org.onetrip.home.ui;

import java.util.List;
import org.onetrip.projections.performance.DepartmentMonth;

/** The township's figures over the months since {@code fromMonth}: every department's answers taken together. */
public record Headline(String fromMonth, int answered, Double onTimeRate, int rated, Double satisfactionRate) {

    static Headline of(String fromMonth, List<DepartmentMonth> months) {
        int answered = 0;
        int onTime = 0;
        int rated = 0;
        int satisfied = 0;
        for (var month : months) {
            answered += month.answered();
            onTime += month.answeredOnTime();
            rated += month.rated();
            satisfied += month.satisfied();
        }
        return new Headline(fromMonth, answered, ratio(onTime, answered), rated, ratio(satisfied, rated));
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
