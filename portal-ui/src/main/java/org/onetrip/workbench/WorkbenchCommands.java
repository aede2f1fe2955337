package org.onetrip.workbench;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.Supplier;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Role;
import org.springframework.stereotype.Component;

/**
 * What both workbenches share: who is signed in (from Spring Security, never from the view), and what
 * a case's answer means on screen: anything but done becomes a {@link WorkbenchRefusal} the view translates.
 */
@Component
public class WorkbenchCommands {

    private final AuthenticationContext authentication;

    public WorkbenchCommands(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** The signed-in staff member, who must hold {@code role}; anyone else is refused. */
    public StaffPrincipal require(Role role) {
        var principal = signedIn();
        if (principal.role() != role) {
            throw new WorkbenchRefusal(WorkbenchRefusal.ACCESS_DENIED, principal.getUsername() + " is not " + role);
        }
        return principal;
    }

    /** The signed-in staff member, whatever their role; nobody signed in is refused. */
    public StaffPrincipal signedIn() {
        return authentication
                .getAuthenticatedUser(StaffPrincipal.class)
                .orElseThrow(() -> new WorkbenchRefusal(WorkbenchRefusal.ACCESS_DENIED, "not signed in"));
    }

    /**
     * What was done, or the refusal the view shows: the case's own reason, or one of the workbench codes;
     * a failure nobody foresaw is {@link WorkbenchRefusal#FAILED}, so the screen still says something.
     */
    public static <T> T done(Supplier<CaseOutcome<T>> action) {
        CaseOutcome<T> outcome;
        try {
            outcome = action.get();
        } catch (WorkbenchRefusal refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            throw new WorkbenchRefusal(WorkbenchRefusal.FAILED, e.getMessage());
        }
        return outcome.orElseThrow(WorkbenchCommands::refusal);
    }

    static WorkbenchRefusal refusal(CaseOutcome<?> outcome) {
        if (outcome instanceof CaseOutcome.Refused<?> refused) {
            return new WorkbenchRefusal(refused.reason().name(), refused.detail());
        }
        if (outcome instanceof CaseOutcome.Invalid<?> invalid) {
            return new WorkbenchRefusal(WorkbenchRefusal.INVALID, invalid.message());
        }
        if (outcome instanceof CaseOutcome.Unknown<?> unknown) {
            return new WorkbenchRefusal(WorkbenchRefusal.UNKNOWN_CASE, unknown.detail());
        }
        if (outcome instanceof CaseOutcome.Forbidden<?> forbidden) {
            return new WorkbenchRefusal(WorkbenchRefusal.ACCESS_DENIED, forbidden.detail());
        }
        if (outcome instanceof CaseOutcome.Conflict<?> conflict) {
            return new WorkbenchRefusal(WorkbenchRefusal.CONCURRENT, conflict.detail());
        }
        return new WorkbenchRefusal(WorkbenchRefusal.FAILED, String.valueOf(outcome));
    }
}
