package org.onetrip.cases.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.cases.api.AccountabilityMeasure;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.ConflictOfInterestDecidedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecisionRequestedEvent;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ExtensionDeniedEvent;
import org.onetrip.cases.api.ExtensionRequestedEvent;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.ProgressNoteAddedEvent;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.ResultRepublishedEvent;
import org.onetrip.cases.api.ResultWithheldEvent;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.cases.api.TransferProposedEvent;
import org.onetrip.cases.api.TransferRejectedEvent;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/**
 * Test data for the case aggregate: the people who act on a case, and histories of given events
 * that read like the case's story: {@code Cases.assignedTo("guotu").signedFor().answered()}.
 *
 * <p>Given events happen on Monday 2026-02-02 (10:00 in Shanghai) and carry ids "given-n"; the
 * command under test happens at {@link #NOW}, Friday 2026-02-13 10:00 in Shanghai, the last working
 * day before the 2026 Spring Festival.
 */
final class Cases {

    static final String CASE_ID = "case-1";
    /** The department a given filing complains about. */
    static final String CONCERNED = "caizheng";

    static final Instant NOW = Instant.parse("2026-02-13T02:00:00Z");
    static final Instant GIVEN_AT = Instant.parse("2026-02-02T02:00:00Z");
    static final long CALENDAR_VERSION = 2;

    /**
     * A complaint assigned on Mon 2026-02-02 is due 13 working days later: Feb 3-6 = 1..4,
     * Feb 9-13 = 5..9, Sat Feb 14 (make-up) = 10, Feb 15-23 Spring Festival, Feb 24 = 11, 25 = 12, 26 = 13.
     */
    static final LocalDate GIVEN_DUE_DATE = LocalDate.parse("2026-02-26");

    static final int COMPLAINT_WORKING_DAYS = 13;
    /**
     * The rectification deadline a given reopen carries: 10 working days after Mon 2026-02-02, i.e.
     * Feb 3-6 = 1..4, Feb 9-13 = 5..9, Sat Feb 14 (make-up) = 10.
     */
    static final LocalDate GIVEN_RECTIFICATION_DUE_DATE = LocalDate.parse("2026-02-14");

    static final String TITLE = "Land survey certificate needs a third trip";
    static final String DESCRIPTION = "I was sent back twice for a stamp nobody told me about.";
    static final ReceiptCode RECEIPT_CODE = new ReceiptCode("7K3M9P2QX4RT8VW6" + checkSymbolFor("7K3M9P2QX4RT8VW6"));

    private Cases() {}

    // ---- who acts

    static Actor intake() {
        return new Actor("intake-li", Role.INTAKE, "bianmin");
    }

    static Actor handler(String department) {
        return new Actor("handler-" + department, Role.HANDLER, department);
    }

    static Actor discipline() {
        return new Actor("discipline-wang", Role.DISCIPLINE, "jiwei");
    }

    static Actor auditor() {
        return new Actor("auditor-zhao", Role.AUDITOR, null);
    }

    static Actor admin() {
        return new Actor("admin-sun", Role.ADMIN, null);
    }

    static Actor publicPerson() {
        return Actor.PUBLIC;
    }

    /** The public use the portal; staff their workbench. */
    static Channel channelOf(Actor actor) {
        return actor.role() == Role.PUBLIC ? Channel.PORTAL : Channel.WORKBENCH;
    }

    // ---- histories

    static History filed() {
        return new History().filed(CaseKind.COMPLAINT);
    }

    static History filed(CaseKind kind) {
        return new History().filed(kind);
    }

    static History accepted() {
        return filed().accepted();
    }

    static History declined() {
        return filed().declined();
    }

    static History assignedTo(String department) {
        return accepted().assignedTo(department);
    }

    static History signedForBy(String department) {
        return assignedTo(department).signedFor();
    }

    static History answeredBy(String department) {
        return signedForBy(department).answered();
    }

    static History ratedBy(String department, Rating rating) {
        return answeredBy(department).rated(rating);
    }

    static History closed() {
        return ratedBy("guotu", Rating.SATISFIED).closed();
    }

    static History mergedInto(String primaryCaseId) {
        return accepted().mergedInto(primaryCaseId);
    }

    /** Events to give the fixture, in order; each builder step appends one. */
    static final class History {

        private final List<Object> events = new ArrayList<>();
        private int number;
        private String department;
        private String answeringDepartment;
        private LocalDate dueDate;
        private int workingDays;
        private Integer pendingExtension;
        private String proposedTransferTo;
        private Rating rating;

        List<Object> events() {
            return List.copyOf(events);
        }

        String department() {
            return department;
        }

        LocalDate dueDate() {
            return dueDate;
        }

        /**
         * Names 财政所 as the department concerned: no story hands the case to it, so the conflict-of-interest
         * rule (its own tests: {@code CaseConflictOfInterestTest}) stays out of the other stories' way.
         */
        History filed(CaseKind kind) {
            return filed(kind, CONCERNED);
        }

        History filed(CaseKind kind, String concernedDepartmentCode) {
            return filed(kind, CaseCategory.MORE_THAN_ONE_TRIP, concernedDepartmentCode);
        }

        History filed(CaseKind kind, CaseCategory category, String concernedDepartmentCode) {
            return add(new CaseFiledEvent(
                    CASE_ID,
                    context(publicPerson()),
                    RECEIPT_CODE.value(),
                    kind,
                    category,
                    TITLE,
                    DESCRIPTION,
                    null,
                    concernedDepartmentCode,
                    FiledComplainant.NONE));
        }

        History accepted() {
            return add(new CaseAcceptedEvent(CASE_ID, context(intake()), null));
        }

        History declined() {
            return add(new CaseDeclinedEvent(CASE_ID, context(intake()), "not a matter for the township"));
        }

        History assignedTo(String to) {
            DeadlineBasis basis;
            if (dueDate == null) {
                dueDate = GIVEN_DUE_DATE;
                workingDays = COMPLAINT_WORKING_DAYS;
                basis = DeadlineBasis.FIRST_ASSIGNMENT;
            } else {
                basis = DeadlineBasis.KEPT;
            }
            department = to;
            return add(new CaseAssignedEvent(
                    CASE_ID,
                    context(intake()),
                    to,
                    "please handle",
                    dueDate,
                    workingDays,
                    CALENDAR_VERSION,
                    basis,
                    null));
        }

        History signedFor() {
            return add(new CaseSignedForEvent(CASE_ID, context(handler(department)), department));
        }

        History progressNote() {
            return add(
                    new ProgressNoteAddedEvent(CASE_ID, context(handler(department)), department, "site visit booked"));
        }

        History extensionRequested(int days) {
            pendingExtension = days;
            return add(new ExtensionRequestedEvent(
                    CASE_ID, context(handler(department)), department, days, "waiting for the county survey"));
        }

        History extensionApproved(LocalDate newDueDate) {
            var previous = dueDate;
            var days = pendingExtension;
            dueDate = newDueDate;
            workingDays += days;
            pendingExtension = null;
            return add(new ExtensionApprovedEvent(
                    CASE_ID, context(intake()), department, days, previous, newDueDate, CALENDAR_VERSION, null));
        }

        History extensionDenied() {
            var days = pendingExtension;
            pendingExtension = null;
            return add(new ExtensionDeniedEvent(CASE_ID, context(intake()), department, days, "not justified"));
        }

        History returned() {
            var from = department;
            department = null;
            pendingExtension = null;
            proposedTransferTo = null;
            return add(new CaseReturnedEvent(CASE_ID, context(handler(from)), from, "not our matter"));
        }

        /** Moved by the intake desk, directly or by approving a department's proposal. */
        History transferredTo(String to) {
            var from = department;
            department = to;
            pendingExtension = null;
            proposedTransferTo = null;
            return add(new CaseTransferredEvent(CASE_ID, context(intake()), from, to, "belongs there", dueDate));
        }

        History transferProposed(String to) {
            proposedTransferTo = to;
            return add(
                    new TransferProposedEvent(CASE_ID, context(handler(department)), department, to, "belongs there"));
        }

        History transferRejected() {
            var to = proposedTransferTo;
            proposedTransferTo = null;
            return add(new TransferRejectedEvent(CASE_ID, context(intake()), department, to, "it is yours"));
        }

        /** The intake desk approves the pending proposal: the transfer carries the proposal's reason. */
        History transferApproved() {
            var from = department;
            department = proposedTransferTo;
            pendingExtension = null;
            proposedTransferTo = null;
            return add(
                    new CaseTransferredEvent(CASE_ID, context(intake()), from, department, "belongs there", dueDate));
        }

        History answered() {
            answeringDepartment = department;
            pendingExtension = null;
            proposedTransferTo = null;
            rating = null;
            return add(new CaseAnsweredEvent(
                    CASE_ID,
                    context(handler(department)),
                    department,
                    "The certificate is ready; no further visit needed."));
        }

        History rated(Rating given) {
            rating = given;
            return add(new CaseRatedEvent(CASE_ID, context(publicPerson()), given, null));
        }

        History reopened() {
            department = answeringDepartment;
            rating = null;
            dueDate = GIVEN_RECTIFICATION_DUE_DATE;
            workingDays = 10;
            return add(new CaseReopenedEvent(
                    CASE_ID,
                    context(intake()),
                    answeringDepartment,
                    "complainant still has to come back",
                    dueDate,
                    10,
                    CALENDAR_VERSION));
        }

        History closed() {
            return add(new CaseClosedEvent(CASE_ID, context(intake()), null, rating));
        }

        History mergedInto(String primaryCaseId) {
            return add(new CaseMergedIntoEvent(CASE_ID, context(intake()), primaryCaseId, "same matter"));
        }

        History conflictDecisionRequested(String department) {
            return add(new ConflictOfInterestDecisionRequestedEvent(
                    CASE_ID, context(intake()), department, "only this office can approve it"));
        }

        History conflictDecided(String department, boolean permitted) {
            return add(new ConflictOfInterestDecidedEvent(
                    CASE_ID,
                    context(discipline()),
                    department,
                    permitted,
                    permitted ? "handle it, under watch" : "not you"));
        }

        History resultWithheld() {
            return add(new ResultWithheldEvent(CASE_ID, context(intake()), "names the complainant's neighbour"));
        }

        History resultRepublished() {
            return add(new ResultRepublishedEvent(CASE_ID, context(intake()), "the names are gone from the answer"));
        }

        History supervisionOpened() {
            return add(new SupervisionOpenedEvent(CASE_ID, context(discipline()), "returned twice"));
        }

        History supervisionConcluded() {
            return add(new SupervisionConcludedEvent(CASE_ID, context(discipline()), "handled"));
        }

        History accountabilityRecorded() {
            return add(new AccountabilityRecordedEvent(
                    CASE_ID,
                    context(discipline()),
                    "guotu",
                    "handler-guotu",
                    AccountabilityMeasure.CRITICISM_AND_EDUCATION,
                    "asked for a stamp not in the catalogue"));
        }

        private EventContext context(Actor actor) {
            return new EventContext("given-" + (++number), actor, channelOf(actor), GIVEN_AT);
        }

        private History add(Object event) {
            events.add(event);
            return this;
        }
    }

    /**
     * The check symbol of a receipt code, written out here from its specification (Luhn mod 32 over
     * the Crockford alphabet) rather than borrowed from {@link ReceiptCode}.
     */
    static char checkSymbolFor(String sixteenSymbols) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        int factor = 2;
        int sum = 0;
        for (int i = sixteenSymbols.length() - 1; i >= 0; i--) {
            int addend = factor * alphabet.indexOf(sixteenSymbols.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return alphabet.charAt((32 - sum % 32) % 32);
    }
}
