package org.onetrip.cases.application;

import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.onetrip.cases.api.CaseCommand;
import org.onetrip.cases.api.CaseCommandRefusedException;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.FindCaseRefQuery;
import org.onetrip.cases.query.CaseTimelineQueries;
import org.onetrip.shared.api.InvalidCommandException;
import org.springframework.stereotype.Component;

/** Sends a case command and turns whatever the case answers, or throws, into a {@link CaseOutcome}. */
@Component
class CaseCommands {

    static final String CHANGED = "the case changed since you read it; read it again and retry";

    private final CommandGateway gateway;
    private final CaseTimelineQueries queries;

    CaseCommands(CommandGateway gateway, CaseTimelineQueries queries) {
        this.gateway = gateway;
        this.queries = queries;
    }

    /** Done with the case's new status and version. */
    CaseOutcome<CaseRefResponse> send(CaseCommand command) {
        return send(command, outcome -> ref(command.caseId()));
    }

    /** Done with what {@code done} makes of the case's answer. */
    <T> CaseOutcome<T> send(Object command, Function<CommandOutcome, CaseOutcome<T>> done) {
        Object answer;
        try {
            answer = gateway.sendAndWait(command);
        } catch (RuntimeException e) {
            return failure(e);
        }
        if (answer instanceof CommandOutcome.Refused refused) {
            return new CaseOutcome.Refused<>(refused.reason(), refused.detail());
        }
        return done.apply((CommandOutcome) answer);
    }

    /** For commands whose answer is not a {@link CommandOutcome} (filing answers the new case's id). */
    Object gatewaySend(Object command) {
        return gateway.sendAndWait(command);
    }

    CaseOutcome<CaseRefResponse> ref(String caseId) {
        return queries.handle(FindCaseRefQuery.byCaseId(caseId))
                .<CaseOutcome<CaseRefResponse>>map(CaseOutcome.Done::new)
                .orElseGet(() -> unknown(caseId));
    }

    static <T> CaseOutcome<T> unknown(String which) {
        return new CaseOutcome.Unknown<>("no case " + which);
    }

    /** What a command's failure means to the one who sent it; anything unforeseen stays an exception. */
    static <T> CaseOutcome<T> failure(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CaseCommandRefusedException refused) {
                return new CaseOutcome.Refused<>(refused.reason(), refused.getMessage());
            }
            if (cause instanceof InvalidCommandException invalid) {
                return new CaseOutcome.Invalid<>(invalid.field(), invalid.getMessage());
            }
            if (cause instanceof AggregateNotFoundException missing) {
                return unknown(String.valueOf(missing.getAggregateIdentifier()));
            }
            if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
                return new CaseOutcome.Conflict<>(CHANGED);
            }
        }
        throw e;
    }
}
