package org.onetrip.enterprise.api;

import org.onetrip.shared.api.EventContext;

public record EnterpriseLiaisonChangedEvent(
        String enterpriseId, EventContext context, LiaisonCadre from, LiaisonCadre to, String reason)
        implements EnterpriseEvent {}
