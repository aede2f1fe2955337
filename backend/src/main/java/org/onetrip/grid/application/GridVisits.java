package org.onetrip.grid.application;

import java.time.YearMonth;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.Complainant;
import org.onetrip.grid.api.AssignGridCadreCommand;
import org.onetrip.grid.api.DefineGridCommand;
import org.onetrip.grid.api.FindGridVisitNormsQuery;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridOutcome;
import org.onetrip.grid.api.GridRefusalReason;
import org.onetrip.grid.api.GridRefusedException;
import org.onetrip.grid.api.GridVisitNormsResponse;
import org.onetrip.grid.api.LogGridVisitCommand;
import org.onetrip.grid.api.RaiseGridVisitIssueCommand;
import org.onetrip.grid.api.ReleaseGridCadreCommand;
import org.onetrip.grid.api.ReviseGridCommand;
import org.onetrip.grid.api.SetGridVisitNormCommand;
import org.onetrip.grid.api.UnknownGridException;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.application.CommandResults;
import org.onetrip.shared.persistence.TimeOrderedIds;
import org.springframework.stereotype.Service;

/**
 * Grid visits (网格走访) in domain terms, for the REST API and the portal alike: every method acts as the
 * given staff member and answers a {@link GridOutcome}. A refusal is an outcome (recorded on the grid
 * when it exists); malformed input throws {@link org.onetrip.shared.api.InvalidCommandException}; an
 * unknown grid throws {@link UnknownGridException}.
 */
@Service
public class GridVisits {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public GridVisits(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public GridOutcome define(Actor actor, String gridId, String name, String villageDepartmentCode, String area) {
        try {
            commands.sendAndWait(
                    new DefineGridCommand(gridId, actor, Channel.WORKBENCH, name, villageDepartmentCode, area));
            return new GridOutcome.Done(gridId);
        } catch (RuntimeException e) {
            var cause = CommandResults.thrownByHandler(e);
            if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
                return new GridOutcome.Refused(GridRefusalReason.GRID_EXISTS, "a grid " + gridId + " exists already");
            }
            return answer(cause, gridId);
        }
    }

    public GridOutcome revise(Actor actor, String gridId, String name, String area, String reason) {
        return send(new ReviseGridCommand(gridId, actor, Channel.WORKBENCH, name, area, reason), gridId);
    }

    public GridOutcome assignCadre(Actor actor, String gridId, GridCadreRole role, String personId, String reason) {
        return send(new AssignGridCadreCommand(gridId, actor, Channel.WORKBENCH, role, personId, reason), gridId);
    }

    public GridOutcome releaseCadre(Actor actor, String gridId, GridCadreRole role, String reason) {
        return send(new ReleaseGridCadreCommand(gridId, actor, Channel.WORKBENCH, role, reason), gridId);
    }

    /** Logs the visit and files a case for each issue to follow up, all in one step. */
    public GridOutcome logVisit(Actor actor, String gridId, VisitReport report) {
        return send(
                new LogGridVisitCommand(
                        gridId,
                        TimeOrderedIds.next(),
                        actor,
                        Channel.WORKBENCH,
                        report.visitedOn(),
                        report.place(),
                        report.households(),
                        report.enterprises(),
                        report.visitedWho(),
                        report.note(),
                        report.issues()),
                gridId);
    }

    public GridOutcome raiseIssue(
            Actor actor,
            String gridId,
            String visitId,
            int issueNumber,
            String reason,
            CaseCategory category,
            String concernedDepartmentCode,
            Complainant resident) {
        return send(
                new RaiseGridVisitIssueCommand(
                        gridId,
                        visitId,
                        issueNumber,
                        actor,
                        Channel.WORKBENCH,
                        reason,
                        category,
                        concernedDepartmentCode,
                        resident),
                gridId);
    }

    /** A new norm from a coming month; a refusal is answered, not recorded (there may be no norm yet). */
    public GridOutcome setNorm(Actor actor, int visitsPerCadrePerMonth, YearMonth effectiveFrom, String reason) {
        try {
            commands.sendAndWait(SetGridVisitNormCommand.of(
                    actor, Channel.WORKBENCH, visitsPerCadrePerMonth, effectiveFrom, reason));
            return new GridOutcome.Done(null);
        } catch (RuntimeException e) {
            return answer(CommandResults.thrownByHandler(e), null);
        }
    }

    public GridVisitNormsResponse norms() {
        return queries.query(new FindGridVisitNormsQuery(), GridVisitNormsResponse.class)
                .join();
    }

    private GridOutcome send(Object command, String gridId) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            return answer(CommandResults.thrownByHandler(e), gridId);
        }
    }

    /** A thrown refusal is answered as an outcome; an unknown grid and malformed input are thrown on. */
    private static GridOutcome answer(RuntimeException cause, String gridId) {
        if (cause instanceof GridRefusedException refused) {
            return new GridOutcome.Refused(refused.reason(), refused.getMessage());
        }
        if (cause instanceof AggregateNotFoundException) {
            throw new UnknownGridException(gridId);
        }
        throw cause;
    }
}
