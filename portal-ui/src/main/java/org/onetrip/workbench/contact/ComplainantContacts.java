package org.onetrip.workbench.contact;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.ComplainantContactResponse;
import org.onetrip.cases.api.ViewComplainantContactCommand;
import org.onetrip.shared.api.Channel;
import org.onetrip.workbench.WorkbenchCommands;
import org.onetrip.workbench.WorkbenchRefusal;
import org.springframework.stereotype.Service;

/**
 * The complainant's contact data for the intake desk and the discipline office. Every look is a
 * command the case records with who asked and why; the case alone decides which roles may look, so
 * anyone else is refused there and the refusal is recorded too.
 */
@Service
public class ComplainantContacts {

    public static final int MAX_REASON = ViewComplainantContactCommand.MAX_REASON_LENGTH;

    private final CommandGateway gateway;
    private final WorkbenchCommands commands;

    public ComplainantContacts(CommandGateway gateway, WorkbenchCommands commands) {
        this.gateway = gateway;
        this.commands = commands;
    }

    public ComplainantContactResponse view(String caseId, String reason) {
        var staff = commands.signedIn();
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new WorkbenchRefusal(WorkbenchRefusal.INVALID, "reason");
        }
        CommandOutcome outcome;
        try {
            outcome = gateway.sendAndWait(
                    new ViewComplainantContactCommand(caseId, staff.actor(), Channel.WORKBENCH, reason.strip(), null));
        } catch (RuntimeException e) {
            throw WorkbenchCommands.translateFailure(e);
        }
        if (outcome instanceof CommandOutcome.Refused refused) {
            throw WorkbenchCommands.refusal(refused);
        }
        return ((CommandOutcome.ContactShown) outcome).contact();
    }
}
