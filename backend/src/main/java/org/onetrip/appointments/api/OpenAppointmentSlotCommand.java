package org.onetrip.appointments.api;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Publishes one slot: a zone's window on one day, for {@code capacity} applicants. */
public record OpenAppointmentSlotCommand(
        @TargetAggregateIdentifier String slotId,
        Actor actor,
        Channel channel,
        LocalDate date,
        HallZone zone,
        LocalTime start,
        LocalTime end,
        int capacity,
        boolean workingDay) {}
