package org.onetrip.enterprise.api;

import org.onetrip.shared.api.EventContext;

public record EnterpriseCodeReissuedEvent(
        String enterpriseId, EventContext context, String accessCodeHash, String reason) implements EnterpriseEvent {}
