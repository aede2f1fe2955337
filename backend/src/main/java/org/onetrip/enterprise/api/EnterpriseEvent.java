package org.onetrip.enterprise.api;

import org.onetrip.shared.api.EventContext;

/** Every fact about an enterprise of the register names it and carries its provenance. */
public interface EnterpriseEvent {
    String enterpriseId();

    EventContext context();
}
