package org.onetrip.projections.cases;

import java.time.LocalDate;
import java.util.List;
import org.onetrip.cases.api.CaseState.PendingTransfer;
import org.onetrip.cases.api.CaseStatus;

/** Cases with a transfer proposal waiting for the intake desk, the longest-waiting first. */
public record TransferProposalsResponse(long total, int page, int size, List<Proposal> proposals) {

    public record Proposal(
            String caseId,
            String caseNumber,
            String title,
            CaseStatus status,
            LocalDate dueDate,
            DeadlineStatus deadlineStatus,
            PendingTransfer transfer) {}
}
