package org.onetrip.workbench;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.Supplier;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.application.CaseHistory;
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

    /**
     * Whether the case allows {@code action} to this staff member now; refused here, before anything is
     * sent, when it does not — a screen never causes a recorded refusal, whatever a crafted request asks.
     * Answers the version the check was made on, for the command to carry: a case that changed since is
     * a conflict, not a refusal.
     */
    public static Long allowed(CaseHistory history, String caseId, StaffPrincipal staff, CaseAction action) {
        var allowed = done(() -> history.allowedActions(caseId, staff.actor()));
        var refusal = allowed.refusal(action);
        if (refusal.isPresent()) {
            throw new WorkbenchRefusal(refusal.get().name(), action + " is not offered now");
        }
        return allowed.version();
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
