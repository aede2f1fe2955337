package org.onetrip.privacy.api;

import org.onetrip.cases.api.CaseEvent;
import org.onetrip.shared.api.EventContext;

/**
 * The key of the contact data was destroyed. {@code keyId} is null for a case filed before
 * encryption, whose stored plaintext cannot be shredded and is only hidden from then on.
 */
public record ComplainantContactErasedEvent(String caseId, EventContext context, String reason, String keyId)
        implements CaseEvent {}
