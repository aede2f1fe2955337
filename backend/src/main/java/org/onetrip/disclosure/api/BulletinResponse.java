package org.onetrip.disclosure.api;

import java.time.Instant;
import java.time.YearMonth;

public record BulletinResponse(
        String bulletinId,
        String title,
        YearMonth period,
        Instant periodStart,
        Instant cutOff,
        Instant publishedAt,
        long lastEventPosition,
        long eventCount,
        long calendarVersion,
        BulletinFigures figures) {}
