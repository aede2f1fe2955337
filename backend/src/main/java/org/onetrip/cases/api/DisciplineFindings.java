package org.onetrip.cases.api;

import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

/**
 * Who reads what the discipline office found about staff (an allegation's review, the person held accountable and
 * why): the office, the auditors and the administrator, who also read its queue and the audit views. The
 * departments and the desk see that something was recorded, not what: the department concerned may include the
 * person concerned.
 */
public final class DisciplineFindings {

    private DisciplineFindings() {}

    public static boolean readBy(Actor reader) {
        return reader != null
                && (reader.role() == Role.DISCIPLINE || reader.role() == Role.AUDITOR || reader.role() == Role.ADMIN);
    }
}
