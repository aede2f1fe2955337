package org.onetrip.cases.api;

import java.util.Objects;

/**
 * A complaint or report that names a department (the one complained about), or any case naming one in a
 * category that accuses staff (a grid-visit issue of buck-passing, say), must not be handled by that same
 * department unless the discipline office decided it may, with a reason (回避). The rule is here once:
 * the case enforces it, the desk's screen warns with it before anyone tries.
 */
public final class ConflictOfInterest {

    private ConflictOfInterest() {}

    /** Whether a case of this kind and category, naming that department, may concern it as the accused. */
    public static boolean applies(CaseKind kind, CaseCategory category, String concernedDepartmentCode) {
        return concernedDepartmentCode != null
                && (kind == CaseKind.COMPLAINT
                        || kind == CaseKind.REPORT
                        || (category != null && category.accusesStaff()));
    }

    /** Whether handing the case to {@code departmentCode} would let the accused department handle it. */
    public static boolean arises(
            CaseKind kind, CaseCategory category, String concernedDepartmentCode, String departmentCode) {
        return applies(kind, category, concernedDepartmentCode)
                && Objects.equals(concernedDepartmentCode, departmentCode);
    }
}
