package org.onetrip.grid.command;

import org.onetrip.organisation.api.LiaisonLeadership;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

/** Who draws grids, fills their posts and sets the visit norm: see {@link LiaisonLeadership}. */
public final class GridRoles {

    private GridRoles() {}

    public static boolean manages(Actor actor) {
        return LiaisonLeadership.leads(actor);
    }

    public static boolean mayHoldAPost(Role role) {
        return LiaisonLeadership.goesOnVisits(role);
    }
}
