package org.onetrip.disclosure.api;

import org.onetrip.shared.api.EventContext;

/** Every fact about a service item, notice or bulletin names it and carries its provenance. */
public interface DisclosureEvent {
    String disclosureId();

    EventContext context();
}
