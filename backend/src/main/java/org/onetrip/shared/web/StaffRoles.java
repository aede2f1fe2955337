package org.onetrip.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Who may use a staff endpoint that checks roles itself: the acting person from {@link StaffIdentity}, then the role. */
@Component
public class StaffRoles {

    private final StaffIdentity identity;

    public StaffRoles(StaffIdentity identity) {
        this.identity = identity;
    }

    public Actor require(HttpServletRequest request, Role... roles) {
        var actor = identity.current(request);
        if (!Set.of(roles).contains(actor.role())) {
            throw new ApiException(Problems.of(
                    HttpStatus.FORBIDDEN,
                    Problems.FORBIDDEN,
                    "Forbidden",
                    "this needs one of the roles " + Arrays.toString(roles) + ", not " + actor.role()));
        }
        return actor;
    }
}
