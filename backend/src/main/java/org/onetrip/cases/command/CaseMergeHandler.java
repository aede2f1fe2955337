package org.onetrip.cases.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.MergeCaseCommand;
import org.onetrip.shared.command.EventContexts;
import org.springframework.stereotype.Component;

/**
 * 并单 touches two cases; both load in one unit of work, so either both record the merge or neither
 * does, and each keeps its own history.
 */
@Component
public class CaseMergeHandler {

    private final Repository<Case> cases;
    private final EventContexts contexts;

    public CaseMergeHandler(Repository<Case> cases, EventContexts contexts) {
        this.cases = cases;
        this.contexts = contexts;
    }

    @CommandHandler
    public CommandOutcome handle(MergeCaseCommand command) {
        var duplicate = cases.load(command.caseId(), command.expectedVersion());
        var primary = primaryOf(command);
        var outcome = duplicate.invoke(aggregate -> aggregate.mergeInto(primary, command, contexts));
        if (outcome instanceof CommandOutcome.Done) {
            cases.load(command.primaryCaseId())
                    .execute(aggregate -> aggregate.absorbDuplicate(command.caseId(), command, contexts));
        }
        return outcome;
    }

    private Case primaryOf(MergeCaseCommand command) {
        if (command.primaryCaseId() == null || command.primaryCaseId().equals(command.caseId())) {
            return null;
        }
        try {
            return cases.load(command.primaryCaseId()).invoke(aggregate -> aggregate);
        } catch (AggregateNotFoundException missing) {
            return null;
        }
    }
}
