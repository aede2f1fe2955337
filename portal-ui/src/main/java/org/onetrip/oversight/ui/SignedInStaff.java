package org.onetrip.oversight.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.onetrip.oversight.OversightRefusal;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Actor;

/** The staff member an oversight screen acts and reads as, from Spring Security, never from the view. */
public final class SignedInStaff {

    private SignedInStaff() {}

    public static Actor actor(AuthenticationContext authentication) {
        return authentication
                .getAuthenticatedUser(StaffPrincipal.class)
                .map(StaffPrincipal::actor)
                .orElseThrow(() -> new OversightRefusal("oversight.refusal.not-signed-in", ""));
    }
}
