package org.onetrip.agency.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.shared.api.Channel;

/**
 * A request as it stands. The public answer leaves out the agent's person id and the tracking code's
 * owner; {@code trackingCode} is null in staff answers. Never contact data.
 */
public record AgencyRequestResponse(
        String requestId,
        String trackingCode,
        AgencyStatus status,
        AgencyItem item,
        BeneficiaryGroup beneficiary,
        String villageCode,
        Channel registeredThrough,
        Instant registeredAt,
        LocalDate dueDate,
        String agentPersonId,
        String agentDepartmentCode,
        List<String> materialsHeld,
        AgencyResult result,
        Boolean handedBackOnTime,
        long version,
        List<Step> history) {

    /** {@code detail}: the step's text, the materials, the result; never contact data. */
    public record Step(String type, Instant at, String detail) {}
}
