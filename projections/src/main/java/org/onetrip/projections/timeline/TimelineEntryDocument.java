package org.onetrip.projections.timeline;

import java.time.Instant;
import org.onetrip.cases.api.Rating;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;

/**
 * One stored case event as an audit query needs it ("every transfer out of 国土所 in March").
 * The document id is the event id, so a redelivered event overwrites itself and nothing else.
 */
public record TimelineEntryDocument(
        String eventId,
        String caseId,
        long sequence,
        String type,
        Instant at,
        String month,
        String actorId,
        Role actorRole,
        String actorDepartment,
        Channel channel,
        String department,
        String fromDepartment,
        String toDepartment,
        Rating rating,
        String refusalReason,
        String refusedCommand,
        String text) {}
