package org.onetrip.disclosure.api;

/**
 * One department's figures in a bulletin period. Rates are percentages with one decimal, null when
 * there is nothing to divide by; averages are working days with one decimal.
 */
public record DepartmentFigures(
        String departmentCode,
        String departmentName,
        int received,
        int answered,
        int answeredOnTime,
        Double onTimeRate,
        Double averageWorkingDaysToAnswer,
        int returns,
        int transfers,
        int pingPongs,
        int rated,
        int goodRatings,
        Double satisfactionRate,
        int supervisions,
        int accountabilities,
        int overdueOpen) {

    /** Whether anything happened to the department in the period; idle departments are left out of charts and search. */
    public boolean hasActivity() {
        return received + answered + rated + returns + transfers + supervisions + accountabilities + overdueOpen > 0;
    }
}
