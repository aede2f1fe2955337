package org.onetrip.cases.application;

import java.util.Optional;
import java.util.regex.Pattern;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.FindCaseRefQuery;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.query.CaseTimelineQueries;
import org.onetrip.integrity.api.FilingReceipt;
import org.onetrip.integrity.api.ReceiptVerification;
import org.onetrip.integrity.receipt.FilingReceipts;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.persistence.TimeOrderedIds;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.stereotype.Service;

/**
 * Filing a case with its signed proof of filing, the one way every entry point files (the public REST
 * API, the intake desk's API and screen, the portal's form), and checking such a receipt later.
 */
@Service
public class CaseFiling {

    private static final Pattern PHONE = Pattern.compile(CaseLimits.PHONE_PATTERN);

    private final CaseCommands commands;
    private final CaseTimelineQueries queries;
    private final FilingReceipts receipts;
    private final RateLimits rateLimits;

    CaseFiling(CaseCommands commands, CaseTimelineQueries queries, FilingReceipts receipts, RateLimits rateLimits) {
        this.commands = commands;
        this.queries = queries;
        this.receipts = receipts;
        this.rateLimits = rateLimits;
    }

    /**
     * Files as the public from {@code client} (its address), counted against the client's filing allowance
     * only when the case is filed; empty when the allowance is used up.
     */
    public Optional<CaseOutcome<Filed>> fileAsPublic(NewCase filing, Channel channel, String client) {
        return rateLimits.ifAllowed(
                RateLimits.Kind.FILING, client, () -> file(filing, Actor.PUBLIC, channel), CaseOutcome::isDone);
    }

    /** What the filer takes away; {@code caseId} is for staff only, the public tracks by the receipt code. */
    public record Filed(
            String caseId, ReceiptCode receiptCode, CaseStatus status, long version, FilingReceipt receipt) {}

    /** Files as {@code actor} through {@code channel}; the case decides who may file how. */
    public CaseOutcome<Filed> file(NewCase filing, Actor actor, Channel channel) {
        CaseOutcome<Filed> invalid = check(filing);
        if (invalid != null) {
            return invalid;
        }
        var caseId = TimeOrderedIds.next();
        var receiptCode = ReceiptCode.generate();
        var complainant = new Complainant(
                blankToNull(filing.contactName()),
                blankToNull(filing.contactPhone()),
                blankToNull(filing.contactEmail()),
                filing.anonymous());
        try {
            commands.gatewaySend(new FileCaseCommand(
                    caseId,
                    actor,
                    channel,
                    receiptCode,
                    filing.kind(),
                    filing.category(),
                    filing.title(),
                    filing.description(),
                    blankToNull(filing.serviceItemCode()),
                    blankToNull(filing.departmentCode()),
                    complainant));
        } catch (RuntimeException e) {
            return CaseCommands.failure(e);
        }
        // the stored stream answers both where the case stands and what the receipt proves: one read, not two
        var stored = queries.storedEvents(caseId);
        if (stored.isEmpty()) {
            return CaseCommands.unknown(caseId);
        }
        var state = CaseState.of(
                stored.stream().map(m -> (CaseEvent) m.getPayload()).toList());
        return new CaseOutcome.Done<>(new Filed(
                caseId,
                receiptCode,
                state.status(),
                stored.get(stored.size() - 1).getSequenceNumber(),
                receipts.issue(receiptCode.grouped(), stored)));
    }

    /**
     * Whether a receipt is genuine and the stored filing still matches it; {@code title}/{@code description},
     * when given, are compared with what the receipt was issued for.
     */
    public ReceiptVerification verifyReceipt(FilingReceipt receipt, String title, String description) {
        Optional<String> caseId = receipt == null || receipt.receiptCode() == null
                ? Optional.empty()
                : queries.handle(FindCaseRefQuery.byReceiptCode(receipt.receiptCode()))
                        .map(CaseRefResponse::caseId);
        return receipts.verify(receipt, caseId, title, description);
    }

    /** The form every entry point promises (docs/api.md), checked once more whatever the entry point checked. */
    private static <T> CaseOutcome<T> check(NewCase filing) {
        if (filing.kind() == null) {
            return new CaseOutcome.Invalid<>("kind", "kind is required");
        }
        if (tooLong(filing.title(), CaseLimits.TITLE)) {
            return new CaseOutcome.Invalid<>("title", "title must be at most " + CaseLimits.TITLE + " characters");
        }
        if (tooLong(filing.description(), CaseLimits.DESCRIPTION)) {
            return new CaseOutcome.Invalid<>(
                    "description", "description must be at most " + CaseLimits.DESCRIPTION + " characters");
        }
        if (tooLong(filing.contactName(), CaseLimits.CONTACT_NAME)) {
            return new CaseOutcome.Invalid<>(
                    "contact.name", "name must be at most " + CaseLimits.CONTACT_NAME + " characters");
        }
        if (tooLong(filing.contactEmail(), CaseLimits.EMAIL)) {
            return new CaseOutcome.Invalid<>(
                    "contact.email", "email must be at most " + CaseLimits.EMAIL + " characters");
        }
        var phone = blankToNull(filing.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            return new CaseOutcome.Invalid<>("contact.phone", CaseLimits.PHONE_MESSAGE);
        }
        if (tooLong(filing.serviceItemCode(), CaseLimits.CODE) || tooLong(filing.departmentCode(), CaseLimits.CODE)) {
            return new CaseOutcome.Invalid<>("departmentCode", "codes are at most " + CaseLimits.CODE + " characters");
        }
        return null;
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
