package org.onetrip.security;

import jakarta.servlet.http.HttpServletRequest;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;

/** The acting staff member is whoever Spring Security authenticated; nothing the client says about itself counts. */
public class SecurityStaffIdentity implements StaffIdentity {

    @Override
    public Actor current(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return staff.actor();
        }
        throw new ApiException(
                Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated", "sign in as staff"));
    }

    public static java.util.Optional<StaffPrincipal> currentPrincipal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
                ? java.util.Optional.of(staff)
                : java.util.Optional.empty();
    }
}
