package org.onetrip.enterprise.api;

import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.shared.api.EventContext;

/** {@code destroyedKeyId} is the previous contact's key, destroyed with this event (null if there was none). */
public record EnterpriseContactReplacedEvent(
        String enterpriseId, EventContext context, EncryptedContact contact, String destroyedKeyId, String reason)
        implements EnterpriseEvent {}
