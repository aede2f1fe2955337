package org.onetrip.agency.api;

import java.util.List;
import org.onetrip.shared.api.EventContext;

/** {@code onTime}: handed back no later than the due date. */
public record AgencyResultHandedBackEvent(
        String requestId,
        EventContext context,
        AgencyResult result,
        String note,
        List<String> materialsReturned,
        boolean onTime,
        String departmentCode)
        implements AgencyEvent {}
