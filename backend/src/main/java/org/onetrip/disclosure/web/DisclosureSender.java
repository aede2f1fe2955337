package org.onetrip.disclosure.web;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.DisclosureRefusedException;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.ApiProblemHandler;
import org.onetrip.shared.web.Problems;
import org.springframework.stereotype.Component;

/** The one way the disclosure controllers reach the buses; turns refusals into problem details. */
@Component
public class DisclosureSender {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public DisclosureSender(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Sends a command and answers only if it was done; a refusal becomes a 409 problem. */
    public void send(Object command) {
        Object result;
        try {
            result = commands.sendAndWait(command);
        } catch (RuntimeException e) {
            throw translate(e);
        }
        if (result instanceof DisclosureOutcome.Refused refused) {
            throw new ApiException(ApiProblemHandler.refusal(refused.reason().name(), refused.detail()));
        }
    }

    public <R> Optional<R> ask(Object query, Class<R> responseType) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(responseType))
                .join();
    }

    public <R> R list(Object query, Class<R> responseType) {
        return queries.query(query, ResponseTypes.instanceOf(responseType)).join();
    }

    public static ApiException unknown(String what) {
        return new ApiException(Problems.unknownDisclosure(what));
    }

    private static RuntimeException translate(RuntimeException e) {
        Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof DisclosureRefusedException refused) {
            return new ApiException(ApiProblemHandler.refusal(refused.reason().name(), refused.getMessage()));
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return unknown("disclosure " + missing.getAggregateIdentifier());
        }
        if (cause instanceof AggregateStreamCreationException) {
            return new ApiException(ApiProblemHandler.refusal("ALREADY_EXISTS", "that code or id is taken"));
        }
        if (cause instanceof org.springframework.dao.DataIntegrityViolationException) {
            return new ApiException(ApiProblemHandler.refusal(
                    "BATCH_NAME_TAKEN", "another batch of that name was published at the same moment"));
        }
        return e;
    }
}
