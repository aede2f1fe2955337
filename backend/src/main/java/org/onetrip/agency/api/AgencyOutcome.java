package org.onetrip.agency.api;

import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.shared.api.RefusalOutcome;

/** What an agency command answers; a recorded refusal is an outcome, not an exception. */
public sealed interface AgencyOutcome {

    record Done(AgencyStatus status) implements AgencyOutcome {}

    record Refused(AgencyRefusalReason reason, String detail) implements AgencyOutcome, RefusalOutcome {}

    /** The answer to a recorded view of the requester's contact; {@code contact} null when erased or none. */
    record ContactShown(ContactDetails contact) implements AgencyOutcome {}
}
