package org.onetrip.projections.cases;

import java.time.Instant;

/** A department's request for more working days that intake has not yet approved or denied. */
public record PendingExtension(String departmentCode, int workingDays, String reason, Instant requestedAt) {}
