package org.onetrip.cases.api;

import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.StoredTypeName;

/** A staff member saw the decrypted contact data; the context says who and when. */
@StoredTypeName("org.onetrip.privacy.api.ComplainantContactViewedEvent")
public record ComplainantContactViewedEvent(String caseId, EventContext context, String reason, ContactStatus shown)
        implements CaseEvent {}
