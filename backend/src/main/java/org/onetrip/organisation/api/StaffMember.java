package org.onetrip.organisation.api;

import org.onetrip.shared.api.Role;

/** A staff account as other features see it: who, which role, which department; never a password. */
public record StaffMember(String personId, String displayName, Role role, String departmentCode, boolean enabled) {}
