package org.onetrip.projections.appointments;

import java.time.Clock;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.onetrip.appointments.api.RemindApplicantCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Asks each booking that starts within the lead time ({@code onetrip.notifications.reminder-lead}, a
 * day by default) to remind its applicant. The booking reminds once, so a second run on this or
 * another instance changes nothing; the reminder itself leaves through the notification outbox.
 */
public class BookingReminders {

    private static final Logger log = LoggerFactory.getLogger(BookingReminders.class);

    private final AppointmentSearch search;
    private final CommandGateway commands;
    private final Duration lead;
    private final Clock clock;

    public BookingReminders(AppointmentSearch search, CommandGateway commands, Duration lead, Clock clock) {
        this.search = search;
        this.commands = commands;
        this.lead = lead;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${onetrip.notifications.reminder-check:PT1M}",
            fixedDelayString = "${onetrip.notifications.reminder-check:PT1M}")
    public void remindWhatIsDue() {
        int reminded = 0;
        for (var booking : search.dueForReminder(clock.instant().plus(lead))) {
            try {
                commands.sendAndWait(new RemindApplicantCommand(booking.bookingId, Actor.SYSTEM, Channel.SYSTEM));
                reminded++;
            } catch (RuntimeException e) {
                log.debug("booking {} not reminded now: {}", booking.bookingId, e.getMessage());
            }
        }
        if (reminded > 0) {
            log.info("{} bookings due within {} asked to remind their applicants", reminded, lead);
        }
    }
}
