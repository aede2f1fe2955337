package org.onetrip.cases.api;

import java.time.Instant;

/**
 * Where a case stands on conflict of interest: the department it complains about (null: none, or the rule
 * does not apply to it, see {@link ConflictOfInterest}), whether the desk has asked the discipline office and is waiting, and the
 * office's latest decision ({@code permitted} null: none yet) with its reason.
 */
public record ConflictOfInterestStatus(
        String caseId,
        CaseKind kind,
        String concernedDepartmentCode,
        boolean decisionRequested,
        Boolean permitted,
        String decisionReason,
        Instant decidedAt) {

    /** Whether the desk would be refused handing the case to {@code departmentCode} now. */
    public boolean blocks(String departmentCode) {
        return concernedDepartmentCode != null
                && concernedDepartmentCode.equals(departmentCode)
                && !Boolean.TRUE.equals(permitted);
    }
}
