package org.onetrip.disclosure.api;

import java.util.List;
import org.onetrip.shared.api.EventContext;

public record ServiceItemRevisedEvent(
        String itemCode,
        EventContext context,
        int version,
        ServiceItemContent content,
        String changeNote,
        List<String> changedFields,
        List<VagueWording> vagueWording,
        String vagueWordingAcknowledgement)
        implements ServiceItemEvent {}
