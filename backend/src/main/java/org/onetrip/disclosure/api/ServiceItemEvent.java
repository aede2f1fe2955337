package org.onetrip.disclosure.api;

import org.onetrip.shared.api.EventContext;

public interface ServiceItemEvent extends DisclosureEvent {
    String itemCode();

    @Override
    default String disclosureId() {
        return itemCode();
    }
}
