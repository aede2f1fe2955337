package org.onetrip.enterprise.api;

import org.onetrip.shared.api.EventContext;

/** A staff command on an enterprise that broke a rule: recorded, so auditors see attempts as well as acts. */
public record EnterpriseCommandRefusedEvent(
        String enterpriseId, EventContext context, String command, EnterpriseRefusalReason reason, String detail)
        implements EnterpriseEvent {}
