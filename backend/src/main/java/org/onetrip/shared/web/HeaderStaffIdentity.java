package org.onetrip.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.springframework.http.HttpStatus;

/**
 * Reads the acting staff member from X-Actor-Id / X-Actor-Role / X-Actor-Department. It trusts the
 * caller, so it is only for the embedded profile until form login replaces it.
 */
public class HeaderStaffIdentity implements StaffIdentity {

    public static final String ID = "X-Actor-Id";
    public static final String ROLE = "X-Actor-Role";
    public static final String DEPARTMENT = "X-Actor-Department";

    @Override
    public Actor current(HttpServletRequest request) {
        var id = request.getHeader(ID);
        var role = request.getHeader(ROLE);
        if (id == null || id.isBlank() || role == null) {
            throw new ApiException(Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated",
                    "staff requests must say who acts (" + ID + ", " + ROLE + ")"));
        }
        Role parsed;
        try {
            parsed = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_INPUT, "Invalid input",
                    ROLE + ": '" + role + "' is not one of " + java.util.Arrays.toString(Role.values())));
        }
        if (!parsed.isStaff() || parsed == Role.SYSTEM) {
            throw new ApiException(Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                    "staff endpoints are for staff roles"));
        }
        var department = request.getHeader(DEPARTMENT);
        if (id.length() > 64 || (department != null && department.length() > 64)) {
            throw new ApiException(Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_INPUT, "Invalid input",
                    "actor headers are limited to 64 characters"));
        }
        return new Actor(id.strip(), parsed, department == null || department.isBlank() ? null : department.strip());
    }
}
