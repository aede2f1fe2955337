package org.onetrip.agency.api;

import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.NotificationChannel;

/** A notification about {@code sourceEventId} went out through {@code channel}; its content is not kept. */
public record RequesterNotifiedEvent(
        String requestId, EventContext context, String sourceEventId, String topic, NotificationChannel channel)
        implements AgencyEvent {}
