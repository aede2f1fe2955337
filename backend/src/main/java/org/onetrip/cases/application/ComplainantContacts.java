package org.onetrip.cases.application;

import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.ComplainantContactResponse;
import org.onetrip.cases.api.EraseComplainantContactCommand;
import org.onetrip.cases.api.ViewComplainantContactCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.springframework.stereotype.Service;

/**
 * The complainant's contact data: every look is a command the case records with who asked and why, and
 * erasure destroys its key. The case alone decides who may (intake and the discipline office look; the
 * discipline office and administrators erase); anyone else is refused there, and that is recorded too.
 */
@Service
public class ComplainantContacts {

    private final CaseCommands commands;

    ComplainantContacts(CaseCommands commands) {
        this.commands = commands;
    }

    public CaseOutcome<ComplainantContactResponse> view(String caseId, Actor by, String reason) {
        if (reason == null || reason.isBlank()) {
            return new CaseOutcome.Invalid<>("reason", "reason: say why you need the contact data");
        }
        return commands.send(
                new ViewComplainantContactCommand(caseId, by, Channel.WORKBENCH, reason.strip(), null),
                outcome -> new CaseOutcome.Done<>(((CommandOutcome.ContactShown) outcome).contact()));
    }

    public CaseOutcome<CaseRefResponse> erase(String caseId, Actor by, String reason) {
        return commands.send(new EraseComplainantContactCommand(caseId, by, Channel.WORKBENCH, reason, null));
    }
}
