package org.onetrip.enterprise.api;

import java.util.List;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.ContactStatus;

/** What an enterprise command answers; a recorded refusal is an outcome, not an exception. */
public sealed interface EnterpriseOutcome {

    record Done(String enterpriseId) implements EnterpriseOutcome {}

    record Refused(EnterpriseRefusalReason reason, String detail) implements EnterpriseOutcome {}

    /** Registered or given a new code: the code, shown this once to be handed to the enterprise. */
    record CodeIssued(String enterpriseId, String accessCode) implements EnterpriseOutcome {}

    /** The answer to a recorded look at the contact data; {@code contact} only when available. */
    record ContactShown(String enterpriseId, ContactStatus status, ContactDetails contact)
            implements EnterpriseOutcome {}

    /** A ledger entry: the enterprise requests filed from it, one per issue not settled on the spot. */
    record VisitLogged(String enterpriseId, String visitId, List<RaisedRequest> requests) implements EnterpriseOutcome {
        public VisitLogged {
            requests = List.copyOf(requests);
        }
    }

    record RaisedRequest(int issueNumber, EnterpriseIssueType type, String caseId) {}
}
