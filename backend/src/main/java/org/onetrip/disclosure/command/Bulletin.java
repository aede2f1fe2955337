package org.onetrip.disclosure.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.onetrip.disclosure.command.Rules.requireActor;
import static org.onetrip.disclosure.command.Rules.requireText;
import static org.onetrip.disclosure.command.Rules.requireValue;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.BulletinPublishedEvent;
import org.onetrip.disclosure.api.DisclosureLimits;
import org.onetrip.disclosure.api.DisclosureRefusalReason;
import org.onetrip.disclosure.api.DisclosureRefusedException;
import org.onetrip.disclosure.api.PublishBulletinCommand;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.command.EventContexts;

/**
 * A published monthly bulletin (定期通报). The handler computes the figures itself, so nobody can
 * publish figures the events do not support, and stores them with the cut-off, the last event
 * position read and the calendar version: what an auditor needs to recompute them.
 */
@Aggregate
public class Bulletin {

    @AggregateIdentifier
    private String bulletinId;

    protected Bulletin() {}

    @CommandHandler
    public Bulletin(PublishBulletinCommand command, EventContexts contexts, BulletinFiguresSource figures) {
        requireActor(command.actor(), command.channel());
        requireText(command.bulletinId(), "bulletinId", 64);
        requireText(command.title(), "title", DisclosureLimits.BULLETIN_TITLE);
        requireValue(command.period(), "period");
        if (!PublishBulletinCommand.inRange(command.period())) {
            throw new InvalidCommandException(
                    "period",
                    "the period's year must be between " + PublishBulletinCommand.FIRST_YEAR + " and "
                            + PublishBulletinCommand.LAST_YEAR);
        }
        var periodStart =
                command.period().atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant();
        var periodEnd = PublishBulletinCommand.periodEnd(command.period(), WorkingDays.ZONE);
        var cutOff = command.cutOff() == null ? periodEnd : command.cutOff();
        if (!cutOff.isAfter(periodStart) || cutOff.isAfter(periodEnd)) {
            throw new InvalidCommandException(
                    "cutOff",
                    "the cut-off must fall within " + command.period()
                            + " (Asia/Shanghai), after its first instant and no later than the first instant of the next month");
        }
        if (!DisclosureRoles.publishesBulletins(command.actor())) {
            throw new DisclosureRefusedException(
                    DisclosureRefusalReason.ROLE_NOT_ALLOWED,
                    command.actor().role()
                            + " may not publish a bulletin; the discipline office or an administrator does");
        }
        var context = contexts.of(command.actor(), command.channel());
        if (cutOff.isAfter(context.occurredAt())) {
            throw new DisclosureRefusedException(
                    DisclosureRefusalReason.CUT_OFF_IN_FUTURE,
                    "the cut-off " + cutOff + " has not passed yet; publish after it or choose an earlier cut-off");
        }
        var computed = figures.compute(periodStart, cutOff);
        apply(new BulletinPublishedEvent(
                command.bulletinId(),
                context,
                command.title().strip(),
                command.period(),
                periodStart,
                cutOff,
                computed.lastEventPosition(),
                computed.eventCount(),
                computed.calendarVersion(),
                computed.figures()));
    }

    @EventSourcingHandler
    void on(BulletinPublishedEvent event) {
        bulletinId = event.bulletinId();
    }
}
