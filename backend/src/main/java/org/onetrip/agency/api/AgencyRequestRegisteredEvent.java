package org.onetrip.agency.api;

import org.onetrip.calendar.api.Deadline;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.shared.api.EventContext;

/**
 * A request for agency service. {@code deadline} is the item's promised time limit in working days from
 * registration; {@code trackingCode} is the citizen's key and never appears in a list, index or log;
 * the requester's name and phone are stored only encrypted.
 */
public record AgencyRequestRegisteredEvent(
        String requestId,
        EventContext context,
        String trackingCode,
        AgencyItem item,
        BeneficiaryGroup beneficiary,
        String villageCode,
        Deadline deadline,
        EncryptedContact requester,
        String note)
        implements AgencyEvent {}
