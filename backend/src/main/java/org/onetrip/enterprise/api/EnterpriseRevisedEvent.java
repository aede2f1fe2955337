package org.onetrip.enterprise.api;

import org.onetrip.shared.api.EventContext;

public record EnterpriseRevisedEvent(
        String enterpriseId, EventContext context, String name, EnterpriseSector sector, String park, String reason)
        implements EnterpriseEvent {}
