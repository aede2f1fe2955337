package org.onetrip.liaison.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.onetrip.organisation.api.LiaisonLeadership;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Actor;
import org.springframework.stereotype.Component;

/** Who is signed in, from Spring Security and never from the view, as the actor the commands carry. */
@Component
public class StaffSession {

    private final AuthenticationContext authentication;

    public StaffSession(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<StaffPrincipal> principal() {
        return authentication.getAuthenticatedUser(StaffPrincipal.class);
    }

    /** The signed-in staff member; the views are only routed to staff, so nobody here is a bug. */
    public Actor actor() {
        return principal()
                .map(StaffPrincipal::actor)
                .orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    public boolean leadsLiaison() {
        return principal().map(p -> LiaisonLeadership.leads(p.actor())).orElse(false);
    }
}
