package org.onetrip.workbench.contact;

import org.onetrip.cases.api.ComplainantContactResponse;
import org.onetrip.cases.api.ViewComplainantContactCommand;
import org.onetrip.cases.application.ComplainantContacts;
import org.onetrip.workbench.WorkbenchCommands;
import org.onetrip.workbench.WorkbenchRefusal;
import org.springframework.stereotype.Service;

/**
 * The complainant's contact data on the intake desk's and the discipline office's screens, looked up as
 * the signed-in staff member through {@link ComplainantContacts}: the case records every look, decides who
 * may look, and records a refused look too.
 */
@Service
public class ContactViews {

    public static final int MAX_REASON = ViewComplainantContactCommand.MAX_REASON_LENGTH;

    private final ComplainantContacts contacts;
    private final WorkbenchCommands commands;

    public ContactViews(ComplainantContacts contacts, WorkbenchCommands commands) {
        this.contacts = contacts;
        this.commands = commands;
    }

    public ComplainantContactResponse view(String caseId, String reason) {
        var staff = commands.signedIn();
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new WorkbenchRefusal(WorkbenchRefusal.INVALID, "reason");
        }
        return WorkbenchCommands.done(() -> contacts.view(caseId, staff.actor(), reason));
    }
}
