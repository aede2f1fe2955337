package org.onetrip.projections.support.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Who may read which part of the read side: handlers see their own department only. */
@Component
public class StaffAccess {

    private final StaffIdentity identity;

    public StaffAccess(StaffIdentity identity) {
        this.identity = identity;
    }

    public Actor require(HttpServletRequest request, Role... allowed) {
        var actor = identity.current(request);
        if (allowed.length > 0 && !Set.of(allowed).contains(actor.role())) {
            throw new ApiException(Problems.of(
                    HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", actor.role() + " may not read this"));
        }
        if (actor.role() == Role.HANDLER && actor.departmentCode() == null) {
            throw new ApiException(Problems.of(
                    HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", "a handler must act for a department"));
        }
        return actor;
    }
}
