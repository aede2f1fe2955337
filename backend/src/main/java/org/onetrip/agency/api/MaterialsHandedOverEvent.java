package org.onetrip.agency.api;

import java.util.List;
import org.onetrip.shared.api.EventContext;

public record MaterialsHandedOverEvent(
        String requestId, EventContext context, List<String> materials, ConsentMethod consent, String consentNote)
        implements AgencyEvent {}
