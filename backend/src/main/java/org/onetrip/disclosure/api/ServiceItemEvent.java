package org.onetrip.disclosure.api;

public interface ServiceItemEvent extends DisclosureEvent {
    String itemCode();

    @Override
    default String disclosureId() {
        return itemCode();
    }
}
