package org.onetrip.shared.api;

import java.util.Objects;

/**
 * Who did something. {@code departmentCode} is null for the public and for staff who act for no
 * department. The public are never identified by name here: contact data lives elsewhere.
 */
public record Actor(String personId, Role role, String departmentCode) {

    public static final Actor PUBLIC = new Actor("public", Role.PUBLIC, null);
    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM, null);

    public Actor {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
    }

    public boolean actsFor(String department) {
        return departmentCode != null && departmentCode.equals(department);
    }
}
