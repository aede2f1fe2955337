package org.onetrip.cases.command;

import java.util.EnumMap;
import java.util.Map;
import org.onetrip.cases.api.CaseKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working-day limits are configuration, not code: they differ by kind and by locality.
 * Defaults follow common township practice (enquiries 3, complaints 13).
 */
@ConfigurationProperties("onetrip.deadlines")
public record CaseDeadlineProperties(
        Map<CaseKind, Integer> workingDays, Integer rectificationWorkingDays, Integer maxExtensionWorkingDays) {

    private static final Map<CaseKind, Integer> DEFAULT_LIMITS = Map.of(
            CaseKind.COMPLAINT, 13,
            CaseKind.REPORT, 13,
            CaseKind.ENQUIRY, 3,
            CaseKind.SUGGESTION, 10,
            CaseKind.ENTERPRISE_REQUEST, 5,
            CaseKind.GRID_VISIT_ISSUE, 10);

    public CaseDeadlineProperties {
        var limits = new EnumMap<CaseKind, Integer>(DEFAULT_LIMITS);
        if (workingDays != null) {
            limits.putAll(workingDays);
        }
        limits.forEach((kind, days) -> {
            if (days == null || days < 1 || days > 60) {
                throw new IllegalArgumentException("onetrip.deadlines.working-days." + kind
                        + " must be between 1 and 60 working days, not " + days);
            }
        });
        workingDays = Map.copyOf(limits);
        rectificationWorkingDays = rectificationWorkingDays == null ? 10 : rectificationWorkingDays;
        if (rectificationWorkingDays < 5 || rectificationWorkingDays > 15) {
            throw new IllegalArgumentException(
                    "onetrip.deadlines.rectification-working-days must be between 5 and 15, not "
                            + rectificationWorkingDays);
        }
        maxExtensionWorkingDays = maxExtensionWorkingDays == null ? 10 : maxExtensionWorkingDays;
        if (maxExtensionWorkingDays < 1 || maxExtensionWorkingDays > 30) {
            throw new IllegalArgumentException(
                    "onetrip.deadlines.max-extension-working-days must be between 1 and 30, not "
                            + maxExtensionWorkingDays);
        }
    }

    public static CaseDeadlineProperties defaults() {
        return new CaseDeadlineProperties(null, null, null);
    }

    public int limitFor(CaseKind kind) {
        return workingDays.get(kind);
    }
}
