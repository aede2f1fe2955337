package org.onetrip.disclosure.command;

import java.util.Set;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

/**
 * Who may publish what. The catalogue and notices are edited by an administrator or by staff of the
 * convenience service centre (便民服务中心, the seed's lead unit for the list) and the party and
 * government office (党政办); a department's own handlers may prepare drafts of its items. Bulletins
 * are published by the discipline office (纪委办, which leads 督察评估) or an administrator.
 */
public final class DisclosureRoles {

    public static final Set<String> EDITING_DEPARTMENTS = Set.of("bianmin", "dangzhengban");

    private DisclosureRoles() {}

    public static boolean editsCatalogue(Actor actor) {
        return actor.role() == Role.ADMIN
                || ((actor.role() == Role.INTAKE || actor.role() == Role.HANDLER)
                        && actor.departmentCode() != null
                        && EDITING_DEPARTMENTS.contains(actor.departmentCode()));
    }

    public static boolean draftsFor(Actor actor, String departmentCode) {
        return editsCatalogue(actor) || (actor.role() == Role.HANDLER && actor.actsFor(departmentCode));
    }

    public static boolean publishesBulletins(Actor actor) {
        return actor.role() == Role.DISCIPLINE || actor.role() == Role.ADMIN;
    }
}
