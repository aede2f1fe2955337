package org.onetrip.disclosure.api;

import java.time.Instant;
import java.time.YearMonth;
import org.onetrip.shared.api.EventContext;

public record BulletinPublishedEvent(
        String bulletinId,
        EventContext context,
        String title,
        YearMonth period,
        Instant periodStart,
        Instant cutOff,
        long lastEventPosition,
        long eventCount,
        long calendarVersion,
        BulletinFigures figures)
        implements DisclosureEvent {

    @Override
    public String disclosureId() {
        return bulletinId;
    }
}
