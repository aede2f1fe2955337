package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.StoredTypeName;

/**
 * The key of the contact data was destroyed. {@code keyId} is null for a case filed before
 * encryption, whose stored plaintext cannot be shredded and is only hidden from then on.
 */
@StoredTypeName("org.onetrip.privacy.api.ComplainantContactErasedEvent")
public record ComplainantContactErasedEvent(String caseId, EventContext context, String reason, String keyId)
        implements CaseEvent {}
