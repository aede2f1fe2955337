package org.onetrip.projections.discipline;

/** One department's handling record, as the discipline office compares departments. */
public record DepartmentSummary(
        String departmentCode,
        int casesHandled,
        int returns,
        int transfersOut,
        int pingPongs,
        int answeredLate,
        int overdueNow,
        Double averageWorkingDaysToSign,
        int answers,
        int reopenings,
        Double reopenRate,
        int ratings,
        int dissatisfied,
        Double dissatisfactionRate,
        int flagScore) {}
