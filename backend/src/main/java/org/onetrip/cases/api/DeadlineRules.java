package org.onetrip.cases.api;

import java.util.Map;

/** The deadline rules in force ({@code onetrip.deadlines.*}): working days per kind, for rectification, per extension. */
public record DeadlineRules(
        Map<CaseKind, Integer> workingDaysByKind, int rectificationWorkingDays, int maxExtensionWorkingDays) {

    public DeadlineRules {
        workingDaysByKind = Map.copyOf(workingDaysByKind);
    }

    public int workingDays(CaseKind kind) {
        return workingDaysByKind.get(kind);
    }
}
