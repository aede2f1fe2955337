package org.onetrip.grid.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.grid.api.GridLimits;
import org.onetrip.grid.api.GridRefusalReason;
import org.onetrip.grid.api.GridRefusedException;
import org.onetrip.grid.api.GridVisitNormSetEvent;
import org.onetrip.grid.api.GridVisitNorms;
import org.onetrip.grid.api.SetGridVisitNormCommand;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

/**
 * The township's grid-visit norm, versioned by month: each change takes effect from a month not yet
 * begun, so the compliance of a month, once it has started, is judged by one norm for good.
 */
@Aggregate
public class GridVisitNorm {

    @AggregateIdentifier
    private String normId;

    private boolean set;

    protected GridVisitNorm() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetGridVisitNormCommand command, EventContexts contexts) {
        Grid.requireActor(command.actor(), command.channel());
        if (!GridVisitNorms.ID.equals(command.normId())) {
            throw new InvalidCommandException("normId", "the township has one norm: " + GridVisitNorms.ID);
        }
        if (command.visitsPerCadrePerMonth() < GridLimits.MIN_VISITS_PER_MONTH
                || command.visitsPerCadrePerMonth() > GridLimits.MAX_VISITS_PER_MONTH) {
            throw new InvalidCommandException(
                    "visitsPerCadrePerMonth",
                    "between " + GridLimits.MIN_VISITS_PER_MONTH + " and " + GridLimits.MAX_VISITS_PER_MONTH
                            + " visits a month");
        }
        Grid.requireText(command.reason(), "reason", GridLimits.REASON);
        boolean seeding = command.actor().role() == Role.SYSTEM;
        if (!seeding && !GridRoles.manages(command.actor())) {
            throw new GridRefusedException(
                    GridRefusalReason.ROLE_NOT_ALLOWED,
                    command.actor().role() + " may not set the visit norm; 党政办 or an administrator does");
        }
        if (seeding ? set || command.effectiveFrom() != null : command.effectiveFrom() == null) {
            throw new InvalidCommandException(
                    "effectiveFrom",
                    "the first norm holds since always and is set once, by the system; later ones name their month");
        }
        var context = contexts.of(command.actor(), command.channel());
        if (command.effectiveFrom() != null) {
            var thisMonth = YearMonth.from(LocalDate.ofInstant(context.occurredAt(), WorkingDays.ZONE));
            if (!command.effectiveFrom().isAfter(thisMonth)) {
                throw new GridRefusedException(
                        GridRefusalReason.NORM_IN_THE_PAST,
                        "a new norm takes effect from next month at the earliest, not " + command.effectiveFrom());
            }
        }
        apply(new GridVisitNormSetEvent(
                GridVisitNorms.ID,
                context,
                command.visitsPerCadrePerMonth(),
                command.effectiveFrom(),
                command.reason().strip()));
    }

    @EventSourcingHandler
    void on(GridVisitNormSetEvent event) {
        normId = event.normId();
        set = true;
    }
}
