package org.onetrip.audit.api;

import java.time.Instant;
import org.onetrip.disclosure.api.ServiceItemResponse;

/**
 * A service item's public page as it was at {@code at}, replayed from its events stamped until then.
 * {@code publicPage} is null when the item was not public yet (a draft, or not created).
 */
public record ServiceItemAsOfResponse(String itemCode, Instant at, boolean published, ServiceItemResponse publicPage) {}
