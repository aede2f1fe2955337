package org.onetrip.grid.api;

import java.time.YearMonth;
import org.onetrip.shared.api.EventContext;

/** The norm from {@code effectiveFrom} (null: since always) until the next one takes over. */
public record GridVisitNormSetEvent(
        String normId, EventContext context, int visitsPerCadrePerMonth, YearMonth effectiveFrom, String reason) {}
