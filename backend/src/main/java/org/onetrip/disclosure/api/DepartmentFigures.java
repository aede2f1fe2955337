package org.onetrip.disclosure.api;

/**
 * One department's figures in a bulletin period; the last four are the service mechanisms'
 * ({@link ServiceFigures}), zero in bulletins published before them. Rates are percentages with one decimal, null when
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
        int overdueOpen,
        int appointmentsServed,
        int appointmentsMoreThanOneTrip,
        int agencyHandedBack,
        int agencyOverdueOpen) {

    /** The figures of bulletins from before the service mechanisms, which have none of them. */
    public DepartmentFigures(
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
        this(
                departmentCode,
                departmentName,
                received,
                answered,
                answeredOnTime,
                onTimeRate,
                averageWorkingDaysToAnswer,
                returns,
                transfers,
                pingPongs,
                rated,
                goodRatings,
                satisfactionRate,
                supervisions,
                accountabilities,
                overdueOpen,
                0,
                0,
                0,
                0);
    }

    /** Whether anything happened to the department in the period; idle departments are left out of charts and search. */
    public boolean hasActivity() {
        return received
                        + answered
                        + rated
                        + returns
                        + transfers
                        + supervisions
                        + accountabilities
                        + overdueOpen
                        + appointmentsServed
                        + agencyHandedBack
                        + agencyOverdueOpen
                > 0;
    }
}
