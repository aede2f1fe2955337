package org.onetrip.projections.performance;

/** A department's handling in one month (by the month of its first answer to each case). */
public record DepartmentMonth(
        String departmentCode,
        String month,
        int answered,
        int answeredOnTime,
        Double onTimeRate,
        Double averageHandlingWorkingDays,
        int rated,
        int satisfied,
        Double satisfactionRate) {}
