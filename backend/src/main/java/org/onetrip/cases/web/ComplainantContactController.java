package org.onetrip.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.onetrip.cases.api.ComplainantContactResponse;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.cases.application.ComplainantContacts;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.http.CacheControl;
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
 * and its erasure. Spring Security lets only the allowed roles reach these paths; the case checks again,
 * and a role it refuses is answered 403 here.
 */
@RestController
@RequestMapping("/api/staff/cases/{caseId}/contact")
@Tag(name = "Complainant contact", description = "Recorded views and erasure of personal data")
public class ComplainantContactController {

    private final ComplainantContacts contacts;
    private final StaffIdentity identity;

    public ComplainantContactController(ComplainantContacts contacts, StaffIdentity identity) {
        this.contacts = contacts;
        this.identity = identity;
    }

    @GetMapping
    @Operation(summary = "Decrypt the complainant's contact data (INTAKE, DISCIPLINE); the view is recorded")
    public ResponseEntity<ComplainantContactResponse> view(
            @PathVariable String caseId, @RequestParam(required = false) String reason, HttpServletRequest http) {
        var shown = answer(contacts.view(caseId, identity.current(http), reason));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(shown);
    }

    @PostMapping("/erasure")
    @Operation(summary = "Erase the complainant's contact data for good (DISCIPLINE, ADMIN): destroys its key")
    public CaseCommandResponse erase(
            @PathVariable String caseId, @Valid @RequestBody ErasureRequest body, HttpServletRequest http) {
        var ref = answer(contacts.erase(caseId, identity.current(http), body.reason()));
        return new CaseCommandResponse(ref.caseId(), ref.status(), ref.version());
    }

    private static <T> T answer(CaseOutcome<T> outcome) {
        if (outcome instanceof CaseOutcome.Refused<T> refused && refused.reason() == RefusalReason.ROLE_NOT_ALLOWED) {
            throw new ApiException(Problems.forbidden(refused.detail()));
        }
        return CaseAnswers.orProblem(outcome);
    }
}
