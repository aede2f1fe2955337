package org.onetrip.grid.command;

import java.util.Set;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

/**
 * Who draws grids, fills their posts and sets the visit norm: an administrator, or staff of the party
 * and government office (党政办), which the plan puts in charge of the 网格化 visits (三.(三)).
 */
public final class GridRoles {

    public static final Set<String> MANAGING_DEPARTMENTS = Set.of("dangzhengban");

    private GridRoles() {}

    public static boolean manages(Actor actor) {
        return actor.role() == Role.ADMIN
                || ((actor.role() == Role.HANDLER || actor.role() == Role.INTAKE)
                        && actor.departmentCode() != null
                        && MANAGING_DEPARTMENTS.contains(actor.departmentCode()));
    }

    /** Whether this kind of account may hold a post in a grid at all (and so go out on visits). */
    public static boolean mayHoldAPost(Role role) {
        return role == Role.HANDLER || role == Role.INTAKE || role == Role.DISCIPLINE;
    }
}
