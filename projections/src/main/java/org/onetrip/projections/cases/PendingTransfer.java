package org.onetrip.projections.cases;

import java.time.Instant;

/**
 * A department's transfer proposal (转办) waiting for the intake desk. Staff only: {@code reason} is the
 * department's internal reasoning and never goes into the public index.
 */
public record PendingTransfer(
        String fromDepartmentCode, String toDepartmentCode, String reason, Instant proposedAt, String eventId) {}
