package org.onetrip.cases.application;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.cases.api.CaseCommandRefusedException;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.ConflictOfInterestStatus;
import org.onetrip.cases.api.DecideConflictOfInterestCommand;
import org.onetrip.cases.api.FindConflictOfInterestQuery;
import org.onetrip.cases.api.RequestConflictOfInterestDecisionCommand;
import org.onetrip.cases.api.ReviewAllegationCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.springframework.stereotype.Service;

/**
 * Allegations against staff and conflict of interest (四.四.3) in domain terms, for the REST API and the
 * portal alike: what the desk checks before handing a case to the department it complains about, its
 * request for a decision, the discipline office's decision and its review of an allegation. Every answer
 * is the case's own {@link CommandOutcome}; malformed input throws
 * {@link org.onetrip.shared.api.InvalidCommandException}; an unknown case throws Axon's
 * {@code AggregateNotFoundException}.
 */
@Service
public class ConflictOfInterestDesk {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ConflictOfInterestDesk(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public Optional<ConflictOfInterestStatus> status(String caseId) {
        return queries.query(
                        new FindConflictOfInterestQuery(caseId),
                        ResponseTypes.optionalInstanceOf(ConflictOfInterestStatus.class))
                .join();
    }

    public CommandOutcome requestDecision(Actor actor, String caseId, String reason) {
        return send(new RequestConflictOfInterestDecisionCommand(caseId, actor, Channel.WORKBENCH, reason, null));
    }

    public CommandOutcome decide(Actor actor, String caseId, boolean permitted, String reason) {
        return send(new DecideConflictOfInterestCommand(caseId, actor, Channel.WORKBENCH, permitted, reason, null));
    }

    public CommandOutcome reviewAllegation(Actor actor, String caseId, String finding) {
        return send(new ReviewAllegationCommand(caseId, actor, Channel.WORKBENCH, finding, null));
    }

    private CommandOutcome send(Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof CaseCommandRefusedException refused) {
                return new CommandOutcome.Refused(refused.reason(), refused.getMessage());
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
