package org.onetrip.cases.application;

import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.ConflictOfInterestStatus;
import org.onetrip.cases.api.DecideConflictOfInterestCommand;
import org.onetrip.cases.api.FindConflictOfInterestQuery;
import org.onetrip.cases.api.RequestConflictOfInterestDecisionCommand;
import org.onetrip.cases.api.ReviewAllegationCommand;
import org.onetrip.cases.query.ConflictOfInterestQueries;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.springframework.stereotype.Service;

/**
 * Allegations against staff and conflict of interest (四.四.3) in domain terms, for the REST API and the
 * portal alike: what the desk checks before handing a case to the department it complains about, its
 * request for a decision, the discipline office's decision and its review of an allegation. Every answer
 * is a {@link CaseOutcome}, as for the other case actions.
 */
@Service
public class ConflictOfInterestDesk {

    private final CaseCommands commands;
    private final ConflictOfInterestQueries queries;
    private final CaseHistory history;

    ConflictOfInterestDesk(CaseCommands commands, ConflictOfInterestQueries queries, CaseHistory history) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
    }

    /**
     * The department complained about (null when the rule does not apply), a pending request, the last decision;
     * for a reader who may read the case (a department only one that holds or has held it).
     */
    public CaseOutcome<ConflictOfInterestStatus> status(String caseId, Actor reader) {
        return history.state(caseId, reader)
                .then(readable -> queries.handle(new FindConflictOfInterestQuery(caseId))
                        .<CaseOutcome<ConflictOfInterestStatus>>map(CaseOutcome.Done::new)
                        .orElseGet(() -> CaseCommands.unknown(caseId)));
    }

    public CaseOutcome<CaseRefResponse> requestDecision(Actor actor, String caseId, String reason) {
        return commands.send(
                new RequestConflictOfInterestDecisionCommand(caseId, actor, Channel.WORKBENCH, reason, null));
    }

    public CaseOutcome<CaseRefResponse> decide(Actor actor, String caseId, boolean permitted, String reason) {
        return commands.send(
                new DecideConflictOfInterestCommand(caseId, actor, Channel.WORKBENCH, permitted, reason, null));
    }

    public CaseOutcome<CaseRefResponse> reviewAllegation(Actor actor, String caseId, String finding) {
        return commands.send(new ReviewAllegationCommand(caseId, actor, Channel.WORKBENCH, finding, null));
    }
}
