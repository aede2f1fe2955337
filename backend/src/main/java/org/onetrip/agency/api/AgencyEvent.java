package org.onetrip.agency.api;

import org.onetrip.shared.api.EventContext;

/** Every fact about an agency request names it and carries its provenance. */
public interface AgencyEvent {
    String requestId();

    EventContext context();
}
