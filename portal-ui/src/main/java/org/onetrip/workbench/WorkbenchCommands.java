package org.onetrip.workbench;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.onetrip.cases.api.CaseCommandRefusedException;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.FindCaseTimelineQuery;
import org.onetrip.cases.web.CaseCommandResponse;
import org.onetrip.cases.web.CaseCommandSender;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * What both workbenches share: who is signed in (from Spring Security, never from the view), and
 * sending a case command with every kind of failure turned into a {@link WorkbenchRefusal}.
 */
@Component
public class WorkbenchCommands {

    private final CaseCommandSender sender;
    private final AuthenticationContext authentication;

    public WorkbenchCommands(CaseCommandSender sender, AuthenticationContext authentication) {
        this.sender = sender;
        this.authentication = authentication;
    }

    public CaseCommandSender sender() {
        return sender;
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

    public CaseCommandResponse send(Object command, String caseId) {
        try {
            return sender.send(command, caseId);
        } catch (ApiException e) {
            var reason = e.problem().getProperties() == null
                    ? null
                    : e.problem().getProperties().get("reason");
            if (reason != null) {
                throw new WorkbenchRefusal(reason.toString(), e.problem().getDetail());
            }
            throw new WorkbenchRefusal(
                    e.problem().getStatus() == 404 ? WorkbenchRefusal.UNKNOWN_CASE : WorkbenchRefusal.FAILED,
                    e.problem().getDetail());
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    public Optional<CaseTimelineResponse> timeline(String caseId) {
        return sender.ask(new FindCaseTimelineQuery(caseId), CaseTimelineResponse.class);
    }

    /** A refusal the case recorded as an outcome, for callers that look at outcomes themselves. */
    public static WorkbenchRefusal refusal(CommandOutcome.Refused refused) {
        return new WorkbenchRefusal(refused.reason().name(), refused.detail());
    }

    public static WorkbenchRefusal translateFailure(RuntimeException e) {
        return translate(e);
    }

    static WorkbenchRefusal translate(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WorkbenchRefusal refusal) {
                return refusal;
            }
            if (cause instanceof CaseCommandRefusedException refused) {
                return new WorkbenchRefusal(refused.reason().name(), refused.getMessage());
            }
            if (cause instanceof InvalidCommandException invalid) {
                return new WorkbenchRefusal(WorkbenchRefusal.INVALID, invalid.getMessage());
            }
            if (cause instanceof AggregateNotFoundException) {
                return new WorkbenchRefusal(WorkbenchRefusal.UNKNOWN_CASE, cause.getMessage());
            }
            if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
                return new WorkbenchRefusal(WorkbenchRefusal.CONCURRENT, cause.getMessage());
            }
        }
        return new WorkbenchRefusal(WorkbenchRefusal.FAILED, e.getMessage());
    }
}
