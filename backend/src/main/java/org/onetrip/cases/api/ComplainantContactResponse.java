package org.onetrip.cases.api;

import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.ContactStatus;

/** The answer to a recorded view; name, phone and email are null unless {@code status} is AVAILABLE. */
public record ComplainantContactResponse(
        String caseId, ContactStatus status, boolean anonymous, String name, String phone, String email) {

    public static ComplainantContactResponse available(String caseId, boolean anonymous, ContactDetails contact) {
        return new ComplainantContactResponse(
                caseId, ContactStatus.AVAILABLE, anonymous, contact.name(), contact.phone(), contact.email());
    }

    public static ComplainantContactResponse without(String caseId, ContactStatus status, boolean anonymous) {
        return new ComplainantContactResponse(caseId, status, anonymous, null, null, null);
    }
}
