package org.onetrip.enterprise.api;

import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.shared.api.EventContext;

/** Who looked at the contact data, why, and what they found (available, erased or none); never the data. */
public record EnterpriseContactViewedEvent(
        String enterpriseId, EventContext context, String reason, ContactStatus shown) implements EnterpriseEvent {}
