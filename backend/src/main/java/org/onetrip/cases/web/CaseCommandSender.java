package org.onetrip.cases.web;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.FindCaseRefQuery;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.ApiProblemHandler;
import org.onetrip.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The one way the case controllers reach the command and query buses. */
@Component
public class CaseCommandSender {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public CaseCommandSender(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public CaseRefResponse file(FileCaseRequest request, Actor actor, Channel channel) {
        var caseId = UUID.randomUUID().toString();
        var receiptCode = ReceiptCode.generate();
        var contact = request.contact();
        var complainant = contact == null
                ? new Complainant(null, null, null, request.anonymous())
                : new Complainant(
                        blankToNull(contact.name()),
                        blankToNull(contact.phone()),
                        blankToNull(contact.email()),
                        request.anonymous());
        commands.sendAndWait(new FileCaseCommand(
                caseId,
                actor,
                channel,
                receiptCode,
                request.kind(),
                request.category(),
                request.title(),
                request.description(),
                blankToNull(request.serviceItemCode()),
                blankToNull(request.departmentCode()),
                complainant));
        return find(FindCaseRefQuery.byCaseId(caseId)).orElseThrow();
    }

    public CaseCommandResponse send(Object command, String caseId) {
        CommandOutcome outcome = commands.sendAndWait(command);
        if (outcome instanceof CommandOutcome.Refused refused) {
            throw new ApiException(ApiProblemHandler.refusal(refused.reason().name(), refused.detail()));
        }
        var ref = find(FindCaseRefQuery.byCaseId(caseId)).orElseThrow(() -> unknownCase(caseId));
        return new CaseCommandResponse(ref.caseId(), ref.status(), ref.version());
    }

    public CaseRefResponse byReceiptCode(String receiptCode) {
        return find(FindCaseRefQuery.byReceiptCode(receiptCode)).orElseThrow(() -> unknownCase("with that code"));
    }

    public <R> Optional<R> ask(Object query, Class<R> responseType) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(responseType))
                .join();
    }

    private Optional<CaseRefResponse> find(FindCaseRefQuery query) {
        return ask(query, CaseRefResponse.class);
    }

    public static ApiException unknownCase(String which) {
        return new ApiException(
                Problems.of(HttpStatus.NOT_FOUND, Problems.UNKNOWN_CASE, "Unknown case", "no case " + which));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
