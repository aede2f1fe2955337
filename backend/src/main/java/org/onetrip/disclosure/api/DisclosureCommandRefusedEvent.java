package org.onetrip.disclosure.api;

import org.onetrip.shared.api.EventContext;

/** A staff command on an item or notice that broke a rule: recorded so auditors see attempts too. */
public record DisclosureCommandRefusedEvent(
        String disclosureId, EventContext context, String command, DisclosureRefusalReason reason, String detail)
        implements DisclosureEvent {}
