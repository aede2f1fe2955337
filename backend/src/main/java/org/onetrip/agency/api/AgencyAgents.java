package org.onetrip.agency.api;

import org.onetrip.organisation.api.StaffMember;
import org.onetrip.shared.api.Role;

/**
 * Who may act as a 帮代办 agent: the agent takes the citizen's materials and reads their phone number, so only an
 * enabled account of the service centre or of a department, never an auditor's, an administrator's or the
 * discipline office's.
 */
public final class AgencyAgents {

    private AgencyAgents() {}

    public static boolean mayAct(StaffMember member) {
        return member.enabled()
                && (member.role() == Role.INTAKE || member.role() == Role.HANDLER)
                && member.departmentCode() != null;
    }
}
