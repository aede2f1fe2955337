package org.onetrip.agency.api;

import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * 帮代办: a citizen asks (by phone, at a window, or through their village's 代办员) that an agent take a
 * service item through for them. The request's id is {@link AgencyRequestIds#of(ReceiptCode)}.
 */
public record RegisterAgencyRequestCommand(
        Actor actor,
        Channel channel,
        ReceiptCode trackingCode,
        AgencyItem item,
        BeneficiaryGroup beneficiary,
        String villageCode,
        String requesterName,
        String requesterPhone,
        String note) {

    public static final int MAX_NOTE = 2000;

    public String requestId() {
        return AgencyRequestIds.of(trackingCode);
    }
}
