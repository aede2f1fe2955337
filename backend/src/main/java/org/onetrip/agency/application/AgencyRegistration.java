package org.onetrip.agency.application;

import org.onetrip.agency.api.BeneficiaryGroup;
import org.onetrip.shared.api.Channel;

/** What the centre or a village agent writes down when a citizen asks for agency service. */
public record AgencyRegistration(
        String serviceItemCode,
        BeneficiaryGroup beneficiary,
        String villageCode,
        String requesterName,
        String requesterPhone,
        String note,
        Channel channel) {}
