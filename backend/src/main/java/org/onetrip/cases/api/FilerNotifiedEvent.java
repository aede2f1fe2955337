package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.NotificationChannel;

/**
 * The filer was notified about the event {@code sourceEventId} ({@code topic}, e.g. CASE_ANSWERED)
 * through {@code channel}. Only that: neither the address nor the text is kept.
 */
public record FilerNotifiedEvent(
        String caseId, EventContext context, String sourceEventId, String topic, NotificationChannel channel)
        implements CaseEvent {}
