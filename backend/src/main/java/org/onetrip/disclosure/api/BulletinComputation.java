package org.onetrip.disclosure.api;

import java.time.Instant;

/**
 * Figures computed from the case events of [periodStart, cutOff), reading the store no further than
 * {@code lastEventPosition} and counting working days on {@code calendarVersion}: with the same three
 * inputs the same figures come out, however many events were stored since.
 */
public record BulletinComputation(
        Instant periodStart,
        Instant cutOff,
        long lastEventPosition,
        long eventCount,
        long calendarVersion,
        BulletinFigures figures) {}
