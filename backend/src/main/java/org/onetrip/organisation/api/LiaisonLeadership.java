package org.onetrip.organisation.api;

import java.util.Set;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

/**
 * Who runs the "网格走访，企业联点" systems: the party and government office (党政办), which the plan puts
 * in charge of them (三.(三)), and administrators. They draw grids, fill posts, register enterprises
 * and pair them with liaison cadres, and set the visit norm.
 */
public final class LiaisonLeadership {

    public static final Set<String> LEAD_DEPARTMENTS = Set.of("dangzhengban");

    private LiaisonLeadership() {}

    public static boolean leads(Actor actor) {
        return actor.role() == Role.ADMIN
                || ((actor.role() == Role.HANDLER || actor.role() == Role.INTAKE)
                        && actor.departmentCode() != null
                        && LEAD_DEPARTMENTS.contains(actor.departmentCode()));
    }

    /** Whether this kind of account may be sent out on visits (hold a grid post, be a liaison cadre). */
    public static boolean goesOnVisits(Role role) {
        return role == Role.HANDLER || role == Role.INTAKE || role == Role.DISCIPLINE;
    }
}
