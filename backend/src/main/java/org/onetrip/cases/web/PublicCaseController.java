package org.onetrip.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.onetrip.cases.api.PublicCaseResponse;
import org.onetrip.cases.application.CaseFiling;
import org.onetrip.cases.application.CaseHandling;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/cases")
@Tag(name = "Public cases", description = "Filing, tracking and rating without an account")
public class PublicCaseController {

    private final CaseFiling filing;
    private final CaseHistory history;
    private final CaseHandling handling;

    public PublicCaseController(CaseFiling filing, CaseHistory history, CaseHandling handling) {
        this.filing = filing;
        this.history = history;
        this.handling = handling;
    }

    @PostMapping
    @Operation(summary = "File a complaint, report, enquiry or suggestion; answers with the receipt code")
    public ResponseEntity<FiledCaseResponse> file(@Valid @RequestBody FileCaseRequest request) {
        var filed = CaseAnswers.orProblem(filing.file(request.toNewCase(), Actor.PUBLIC, Channel.PORTAL));
        var code = filed.receiptCode().grouped();
        var trackUrl = "/api/public/cases/" + code;
        return ResponseEntity.created(URI.create(trackUrl))
                .body(new FiledCaseResponse(code, null, filed.status(), trackUrl, filed.receipt()));
    }

    @GetMapping("/{receiptCode}")
    @Operation(summary = "The public timeline of a case: departments, dates, the answer; no personal data")
    public PublicCaseResponse track(@PathVariable String receiptCode) {
        return history.publicCase(receiptCode)
                .orElseThrow(() -> new ApiException(Problems.unknownCase("no case with that code")));
    }

    @PostMapping("/{receiptCode}/rating")
    @Operation(summary = "Rate the answer (five levels)")
    public CaseCommandResponse rate(
            @PathVariable String receiptCode, @Valid @RequestBody CaseRequests.RatingRequest request) {
        var rated = CaseAnswers.orProblem(handling.rateAsPublic(receiptCode, request.rating(), request.comment()));
        return new CaseCommandResponse(null, rated.status(), rated.version());
    }
}
