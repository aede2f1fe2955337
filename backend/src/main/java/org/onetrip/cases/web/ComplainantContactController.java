package org.onetrip.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.ComplainantContactResponse;
import org.onetrip.cases.api.EraseComplainantContactCommand;
import org.onetrip.cases.api.FindCaseRefQuery;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.cases.api.ViewComplainantContactCommand;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.ApiProblemHandler;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complainant's contact data, decrypted only through a command that records the view on the case,
 * and its erasure. Spring Security lets only the allowed roles reach these paths; the case checks again.
 */
@RestController
@RequestMapping("/api/staff/cases/{caseId}/contact")
@Tag(name = "Complainant contact", description = "Recorded views and erasure of personal data")
public class ComplainantContactController {

    private final CommandGateway commands;
    private final CaseCommandSender sender;
    private final StaffIdentity identity;

    public ComplainantContactController(CommandGateway commands, CaseCommandSender sender, StaffIdentity identity) {
        this.commands = commands;
        this.sender = sender;
        this.identity = identity;
    }

    @GetMapping
    @Operation(summary = "Decrypt the complainant's contact data (INTAKE, DISCIPLINE); the view is recorded")
    public ResponseEntity<ComplainantContactResponse> view(
            @PathVariable String caseId, @RequestParam(required = false) String reason, HttpServletRequest http) {
        var actor = identity.current(http);
        if (reason == null || reason.isBlank()) {
            throw new ApiException(Problems.of(
                    HttpStatus.BAD_REQUEST,
                    Problems.INVALID_INPUT,
                    "Invalid input",
                    "reason: say why you need the contact data"));
        }
        var outcome = send(new ViewComplainantContactCommand(caseId, actor, Channel.WORKBENCH, reason, null));
        var shown = (CommandOutcome.ContactShown) outcome;
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(shown.contact());
    }

    @PostMapping("/erasure")
    @Operation(summary = "Erase the complainant's contact data for good (DISCIPLINE, ADMIN): destroys its key")
    public CaseCommandResponse erase(
            @PathVariable String caseId, @Valid @RequestBody ErasureRequest body, HttpServletRequest http) {
        var actor = identity.current(http);
        send(new EraseComplainantContactCommand(caseId, actor, Channel.WORKBENCH, body.reason(), null));
        var ref = sender.ask(FindCaseRefQuery.byCaseId(caseId), CaseRefResponse.class)
                .orElseThrow(() -> CaseCommandSender.unknownCase(caseId));
        return new CaseCommandResponse(ref.caseId(), ref.status(), ref.version());
    }

    private CommandOutcome send(Object command) {
        CommandOutcome outcome = commands.sendAndWait(command);
        if (outcome instanceof CommandOutcome.Refused refused) {
            if (refused.reason() == RefusalReason.ROLE_NOT_ALLOWED) {
                throw new ApiException(
                        Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", refused.detail()));
            }
            throw new ApiException(ApiProblemHandler.refusal(refused.reason().name(), refused.detail()));
        }
        return outcome;
    }
}
