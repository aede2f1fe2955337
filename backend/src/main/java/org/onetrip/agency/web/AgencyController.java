package org.onetrip.agency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.onetrip.agency.api.AgencyRequestResponse;
import org.onetrip.agency.application.AgencyRegistration;
import org.onetrip.agency.application.AgencyService;
import org.onetrip.agency.application.Registered;
import org.onetrip.agency.web.AgencyRequests.AgentRequest;
import org.onetrip.agency.web.AgencyRequests.HandBackRequest;
import org.onetrip.agency.web.AgencyRequests.HandOverRequest;
import org.onetrip.agency.web.AgencyRequests.ReasonRequest;
import org.onetrip.agency.web.AgencyRequests.RegisterRequest;
import org.onetrip.agency.web.AgencyRequests.StepRequest;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.shared.application.Result;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.ResultResponses;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 帮代办 over HTTP: the centre and the agents (staff), and the citizen's look-up by tracking code. */
@RestController
@Tag(name = "Agency service", description = "帮代办: requests, agents, materials with consent, steps, results")
public class AgencyController {

    public static final URI UNKNOWN_REQUEST = URI.create("/problems/unknown-agency-request");

    private final AgencyService agency;
    private final StaffIdentity identity;

    public AgencyController(AgencyService agency, StaffIdentity identity) {
        this.agency = agency;
        this.identity = identity;
    }

    @GetMapping("/api/public/agency/{trackingCode}")
    @Operation(summary = "A request by the tracking code on the citizen's slip: status, due date, steps, result")
    public AgencyRequestResponse track(@PathVariable String trackingCode, HttpServletRequest http) {
        return value(agency.byTrackingCode(trackingCode, http.getRemoteAddr()));
    }

    @PostMapping("/api/staff/agency")
    @Operation(summary = "Register a request (INTAKE: HOTLINE or WINDOW; a department's agent: VISIT or WINDOW)")
    public ResponseEntity<Registered> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        var registered = ResultResponses.valueOf(
                agency.register(
                        new AgencyRegistration(
                                request.serviceItemCode(),
                                request.beneficiary(),
                                request.villageCode(),
                                request.requesterName(),
                                request.requesterPhone(),
                                request.note(),
                                request.channel()),
                        identity.current(http)),
                UNKNOWN_REQUEST,
                "agency request");
        return ResponseEntity.created(
                        URI.create("/api/staff/agency/" + registered.request().requestId()))
                .body(registered);
    }

    @GetMapping("/api/staff/agency/{requestId}")
    public AgencyRequestResponse find(@PathVariable String requestId, HttpServletRequest http) {
        identity.current(http);
        return value(agency.request(requestId));
    }

    @GetMapping("/api/staff/agency/{requestId}/timeline")
    @Operation(summary = "Every stored event (contact data and tracking code withheld)")
    public CaseTimelineResponse timeline(@PathVariable String requestId, HttpServletRequest http) {
        identity.current(http);
        return agency.timeline(requestId)
                .orElseThrow(() -> new ApiException(Problems.of(
                        HttpStatus.NOT_FOUND, UNKNOWN_REQUEST, "Unknown agency request", "no such agency request")));
    }

    @PostMapping("/api/staff/agency/{requestId}/agent")
    public AgencyRequestResponse agent(
            @PathVariable String requestId, @Valid @RequestBody AgentRequest request, HttpServletRequest http) {
        return value(agency.assignAgent(
                requestId, request.agentPersonId(), request.agentDepartmentCode(), identity.current(http)));
    }

    @PostMapping("/api/staff/agency/{requestId}/materials")
    @Operation(summary = "The agent receives the materials, with the citizen's consent")
    public AgencyRequestResponse handOver(
            @PathVariable String requestId, @Valid @RequestBody HandOverRequest request, HttpServletRequest http) {
        return value(agency.handOver(
                requestId, request.materials(), request.consent(), request.consentNote(), identity.current(http)));
    }

    @PostMapping("/api/staff/agency/{requestId}/steps")
    public AgencyRequestResponse step(
            @PathVariable String requestId, @Valid @RequestBody StepRequest request, HttpServletRequest http) {
        return value(agency.recordStep(requestId, request.step(), identity.current(http)));
    }

    @PostMapping("/api/staff/agency/{requestId}/result")
    @Operation(summary = "Hand the result and the materials back to the citizen")
    public AgencyRequestResponse handBack(
            @PathVariable String requestId, @Valid @RequestBody HandBackRequest request, HttpServletRequest http) {
        return value(agency.handBack(
                requestId, request.result(), request.note(), request.materialsReturned(), identity.current(http)));
    }

    @PostMapping("/api/staff/agency/{requestId}/cancellation")
    public AgencyRequestResponse cancel(
            @PathVariable String requestId, @Valid @RequestBody ReasonRequest request, HttpServletRequest http) {
        return value(agency.cancel(requestId, request.reason(), identity.current(http)));
    }

    @GetMapping("/api/staff/agency/{requestId}/contact")
    @Operation(
            summary = "The citizen's name and phone for the agent or the centre; the view is recorded with its reason")
    public ResponseEntity<ContactDetails> contact(
            @PathVariable String requestId, @RequestParam(required = false) String reason, HttpServletRequest http) {
        var shown = ResultResponses.valueOf(
                agency.contact(requestId, reason, identity.current(http)), UNKNOWN_REQUEST, "agency request");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(shown);
    }

    private static AgencyRequestResponse value(Result<AgencyRequestResponse> result) {
        return ResultResponses.valueOf(result, UNKNOWN_REQUEST, "agency request");
    }
}
