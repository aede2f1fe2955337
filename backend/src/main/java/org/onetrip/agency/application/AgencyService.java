package org.onetrip.agency.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.agency.api.AgencyItem;
import org.onetrip.agency.api.AgencyOutcome;
import org.onetrip.agency.api.AgencyRequestIds;
import org.onetrip.agency.api.AgencyRequestResponse;
import org.onetrip.agency.api.AgencyResult;
import org.onetrip.agency.api.AssignAgentCommand;
import org.onetrip.agency.api.CancelAgencyRequestCommand;
import org.onetrip.agency.api.ConsentMethod;
import org.onetrip.agency.api.HandBackResultCommand;
import org.onetrip.agency.api.HandOverMaterialsCommand;
import org.onetrip.agency.api.RecordAgencyStepCommand;
import org.onetrip.agency.api.RegisterAgencyRequestCommand;
import org.onetrip.agency.api.ViewRequesterContactCommand;
import org.onetrip.agency.query.AgencyQueries;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.disclosure.api.FindServiceItemQuery;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.application.CommandResults;
import org.onetrip.shared.application.Result;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.stereotype.Service;

/**
 * 帮代办 in domain terms, for the REST API and the portal alike: registering a request, naming the
 * agent, the hand-over of materials with consent, steps, the result handed back, the recorded view
 * of the citizen's contact, and the citizen's look-up by tracking code.
 */
@Service
public class AgencyService {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AgencyQueries agency;
    private final RateLimits rateLimits;

    public AgencyService(CommandGateway commands, QueryGateway queries, AgencyQueries agency, RateLimits rateLimits) {
        this.commands = commands;
        this.queries = queries;
        this.agency = agency;
        this.rateLimits = rateLimits;
    }

    public Result<Registered> register(AgencyRegistration registration, Actor actor) {
        if (registration.channel() == null) {
            return new Result.Invalid<>("channel", "say how the request came: HOTLINE, WINDOW or VISIT");
        }
        var item = publishedItem(registration.serviceItemCode());
        if (item.isEmpty()) {
            return new Result.Invalid<>(
                    "serviceItemCode", "no published service item " + registration.serviceItemCode());
        }
        var content = item.get().content();
        if (content.promisedTimeLimitDays() == null) {
            return new Result.Invalid<>("serviceItemCode", "the item has no promised time limit");
        }
        var code = ReceiptCode.generate();
        Result<Object> sent = send(() -> commands.sendAndWait(new RegisterAgencyRequestCommand(
                actor,
                registration.channel(),
                code,
                new AgencyItem(
                        item.get().code(),
                        content.name(),
                        content.departmentCode(),
                        content.promisedTimeLimitDays(),
                        item.get().version()),
                registration.beneficiary(),
                blankToNull(registration.villageCode()),
                registration.requesterName(),
                registration.requesterPhone(),
                registration.note())));
        if (!sent.isDone()) {
            return recast(sent);
        }
        return new Result.Done<>(new Registered(
                code.grouped(), agency.byId(AgencyRequestIds.of(code)).orElseThrow()));
    }

    /** The citizen's look-up by the code on their slip; malformed and unknown codes answer the same. */
    public Result<AgencyRequestResponse> byTrackingCode(String typedCode, String client) {
        if (!rateLimits.tryAcquire(RateLimits.Kind.LOOKUP, client)) {
            return new Result.RateLimited<>();
        }
        return found(queries.query(
                        new org.onetrip.agency.api.FindAgencyRequestQuery(typedCode),
                        ResponseTypes.optionalInstanceOf(AgencyRequestResponse.class))
                .join());
    }

    public Result<AgencyRequestResponse> request(String requestId) {
        return found(agency.byId(requestId));
    }

    public Optional<CaseTimelineResponse> timeline(String requestId) {
        return agency.timeline(requestId);
    }

    public Result<AgencyRequestResponse> assignAgent(
            String requestId, String agentPersonId, String agentDepartmentCode, Actor actor) {
        return act(
                requestId,
                new AssignAgentCommand(requestId, actor, Channel.WORKBENCH, agentPersonId, agentDepartmentCode));
    }

    public Result<AgencyRequestResponse> handOver(
            String requestId, List<String> materials, ConsentMethod consent, String consentNote, Actor actor) {
        return act(
                requestId,
                new HandOverMaterialsCommand(requestId, actor, Channel.VISIT, materials, consent, consentNote));
    }

    public Result<AgencyRequestResponse> recordStep(String requestId, String step, Actor actor) {
        return act(requestId, new RecordAgencyStepCommand(requestId, actor, Channel.WORKBENCH, step));
    }

    public Result<AgencyRequestResponse> handBack(
            String requestId, AgencyResult result, String note, List<String> returned, Actor actor) {
        return act(requestId, new HandBackResultCommand(requestId, actor, Channel.VISIT, result, note, returned));
    }

    public Result<AgencyRequestResponse> cancel(String requestId, String reason, Actor actor) {
        return act(requestId, new CancelAgencyRequestCommand(requestId, actor, Channel.WORKBENCH, reason));
    }

    /** Decrypts the citizen's name and phone for the agent or the centre; the view is recorded first. */
    public Result<ContactDetails> contact(String requestId, String reason, Actor actor) {
        if (agency.byId(requestId).isEmpty()) {
            return new Result.NotFound<>();
        }
        Result<Object> sent = send(() ->
                commands.sendAndWait(new ViewRequesterContactCommand(requestId, actor, Channel.WORKBENCH, reason)));
        if (sent instanceof Result.Done<Object> done && done.value() instanceof AgencyOutcome.ContactShown shown) {
            return new Result.Done<>(shown.contact());
        }
        return recast(sent);
    }

    private Result<AgencyRequestResponse> act(String requestId, Object command) {
        if (agency.byId(requestId).isEmpty()) {
            return new Result.NotFound<>();
        }
        Result<Object> sent = send(() -> commands.sendAndWait(command));
        return sent.isDone() ? found(agency.byId(requestId)) : recast(sent);
    }

    private Optional<ServiceItemResponse> publishedItem(String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            return Optional.empty();
        }
        return queries.query(
                        new FindServiceItemQuery(code.strip(), null, false),
                        ResponseTypes.optionalInstanceOf(ServiceItemResponse.class))
                .join()
                .filter(item -> item.status() == ServiceItemStatus.PUBLISHED);
    }

    private static <T> Result<T> found(Optional<T> value) {
        return value.<Result<T>>map(Result.Done::new).orElseGet(Result.NotFound::new);
    }

    private static Result<Object> send(Supplier<Object> send) {
        return CommandResults.send(send);
    }

    @SuppressWarnings("unchecked")
    private static <T> Result<T> recast(Result<?> other) {
        return (Result<T>) other;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
