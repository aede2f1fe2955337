package org.onetrip.agency.api;

import org.onetrip.cases.api.ReceiptCode;

/** A request's id is a one-way hash of its tracking code: the code finds it, the id never reveals the code. */
public final class AgencyRequestIds {

    private AgencyRequestIds() {}

    public static String of(ReceiptCode trackingCode) {
        return "ag-" + trackingCode.digest("onetrip-agency").substring(0, 32);
    }
}
