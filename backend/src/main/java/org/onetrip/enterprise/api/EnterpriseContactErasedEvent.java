package org.onetrip.enterprise.api;

import org.onetrip.shared.api.EventContext;

public record EnterpriseContactErasedEvent(String enterpriseId, EventContext context, String reason, String keyId)
        implements EnterpriseEvent {}
