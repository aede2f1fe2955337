package org.onetrip.cases.api;

import java.util.Objects;

/**
 * A complaint or report that names a department (the one complained about) must not be handled by that
 * same department unless the discipline office decided it may, with a reason (回避). The rule is here
 * once: the case enforces it, the desk's screen warns with it before anyone tries.
 */
public final class ConflictOfInterest {

    private ConflictOfInterest() {}

    /** Whether this kind of case, naming that department, may concern it as the accused. */
    public static boolean applies(CaseKind kind, String concernedDepartmentCode) {
        return concernedDepartmentCode != null && (kind == CaseKind.COMPLAINT || kind == CaseKind.REPORT);
    }

    /** Whether handing the case to {@code departmentCode} would let the accused department handle it. */
    public static boolean arises(CaseKind kind, String concernedDepartmentCode, String departmentCode) {
        return applies(kind, concernedDepartmentCode) && Objects.equals(concernedDepartmentCode, departmentCode);
    }
}
