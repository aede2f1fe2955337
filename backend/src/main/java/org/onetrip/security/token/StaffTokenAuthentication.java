package org.onetrip.security.token;

import org.onetrip.security.StaffPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A staff request signed in with a bearer token; the token itself is not kept. */
public class StaffTokenAuthentication extends AbstractAuthenticationToken {

    private final StaffPrincipal staff;

    StaffTokenAuthentication(StaffPrincipal staff) {
        super(staff.getAuthorities());
        this.staff = staff;
        setAuthenticated(true);
    }

    @Override
    public StaffPrincipal getPrincipal() {
        return staff;
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
