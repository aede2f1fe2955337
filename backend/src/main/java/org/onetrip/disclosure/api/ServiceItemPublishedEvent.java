package org.onetrip.disclosure.api;

import java.util.List;
import org.onetrip.shared.api.EventContext;

/** Version 1 of an item, published in a named batch; flagged wording and its acknowledgement are kept. */
public record ServiceItemPublishedEvent(
        String itemCode,
        EventContext context,
        int version,
        String batchId,
        String batchName,
        String batchNote,
        ServiceItemContent content,
        List<VagueWording> vagueWording,
        String vagueWordingAcknowledgement)
        implements ServiceItemEvent {}
