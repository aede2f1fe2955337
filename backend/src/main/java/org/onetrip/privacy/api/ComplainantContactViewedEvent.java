package org.onetrip.privacy.api;

import org.onetrip.cases.api.CaseEvent;
import org.onetrip.shared.api.EventContext;

/** A staff member saw the decrypted contact data; the context says who and when. */
public record ComplainantContactViewedEvent(String caseId, EventContext context, String reason, ContactStatus shown)
        implements CaseEvent {}
