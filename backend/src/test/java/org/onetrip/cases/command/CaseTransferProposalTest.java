package org.onetrip.cases.command;

import static org.onetrip.cases.api.RefusalReason.CASE_IS_FINAL;
import static org.onetrip.cases.api.RefusalReason.NOT_YOUR_DEPARTMENT;
import static org.onetrip.cases.api.RefusalReason.NO_PENDING_TRANSFER;
import static org.onetrip.cases.api.RefusalReason.ROLE_NOT_ALLOWED;
import static org.onetrip.cases.api.RefusalReason.SAME_DEPARTMENT;
import static org.onetrip.cases.api.RefusalReason.TRANSFER_ALREADY_PENDING;
import static org.onetrip.cases.api.RefusalReason.UNKNOWN_DEPARTMENT;
import static org.onetrip.cases.api.RefusalReason.WRONG_STATE;
import static org.onetrip.cases.command.CaseCommands.answer;
import static org.onetrip.cases.command.CaseCommands.approveExtension;
import static org.onetrip.cases.command.CaseCommands.approveTransfer;
import static org.onetrip.cases.command.CaseCommands.progressNote;
import static org.onetrip.cases.command.CaseCommands.proposeTransfer;
import static org.onetrip.cases.command.CaseCommands.rejectTransfer;
import static org.onetrip.cases.command.CaseCommands.signFor;
import static org.onetrip.cases.command.CaseCommands.transfer;
import static org.onetrip.cases.command.Cases.CALENDAR_VERSION;
import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.GIVEN_DUE_DATE;
import static org.onetrip.cases.command.Cases.answeredBy;
import static org.onetrip.cases.command.Cases.assignedTo;
import static org.onetrip.cases.command.Cases.closed;
import static org.onetrip.cases.command.Cases.discipline;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.intake;
import static org.onetrip.cases.command.Cases.publicPerson;
import static org.onetrip.cases.command.Cases.signedForBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.CommandOutcome.Done;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ProgressNoteAddedEvent;
import org.onetrip.cases.api.TransferProposedEvent;
import org.onetrip.cases.api.TransferRejectedEvent;

/**
 * 转办 as the domain has it: the department holding a case proposes, the intake desk approves (the
 * case is transferred, its deadline unchanged) or rejects with a reason (the case stays). Given
 * proposals in {@link Cases} carry the reason "belongs there".
 */
class CaseTransferProposalTest extends CaseFixtureTest {

    static final String REASON = "the land use belongs to the village";

    // ---- proposing

    @Test
    void the_department_holding_the_case_proposes_a_transfer_and_keeps_the_case() {
        given(signedForBy("guotu"))
                .when(proposeTransfer(handler("guotu"), "v-sidian"))
                .expectEvents(new TransferProposedEvent(CASE_ID, by(handler("guotu")), "guotu", "v-sidian", REASON))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void a_department_may_propose_a_transfer_before_signing_for_the_case() {
        given(assignedTo("guotu"))
                .when(proposeTransfer(handler("guotu"), "v-sidian"))
                .expectEvents(new TransferProposedEvent(CASE_ID, by(handler("guotu")), "guotu", "v-sidian", REASON))
                .expectResultMessagePayload(new Done(CaseStatus.ASSIGNED));
    }

    @Test
    void while_a_proposal_waits_the_proposing_department_keeps_working_on_the_case() {
        given(signedForBy("guotu").transferProposed("linye"))
                .when(progressNote(handler("guotu"), "still collecting the survey"))
                .expectEvents(new ProgressNoteAddedEvent(
                        CASE_ID, by(handler("guotu")), "guotu", "still collecting the survey"));
    }

    @Test
    void while_a_proposal_waits_the_proposed_department_does_not_hold_the_case() {
        expectRecordedRefusal(
                given(assignedTo("guotu").transferProposed("linye")),
                signFor(handler("linye")),
                NOT_YOUR_DEPARTMENT,
                "the case is held by guotu, not by linye");
    }

    @Test
    void the_department_may_still_answer_while_its_proposal_waits() {
        given(signedForBy("guotu").transferProposed("linye"))
                .when(answer(handler("guotu"), "handled after all"))
                .expectEvents(new CaseAnsweredEvent(CASE_ID, by(handler("guotu")), "guotu", "handled after all"));
    }

    @Test
    void answering_the_case_ends_the_proposal() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye").answered()),
                approveTransfer(intake()),
                NO_PENDING_TRANSFER,
                "no transfer proposal is waiting");
    }

    @Test
    void returning_the_case_ends_the_proposal() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye").returned()),
                approveTransfer(intake()),
                NO_PENDING_TRANSFER,
                "no transfer proposal is waiting");
    }

    // ---- approving

    @Test
    void intake_approves_and_the_case_is_transferred_with_the_proposals_reason_and_its_due_date() {
        given(signedForBy("guotu").transferProposed("linye"))
                .when(approveTransfer(intake()))
                .expectEvents(new CaseTransferredEvent(
                        CASE_ID, by(intake()), "guotu", "linye", "belongs there", GIVEN_DUE_DATE))
                .expectResultMessagePayload(new Done(CaseStatus.ASSIGNED));
    }

    @Test
    void the_department_a_transfer_was_approved_to_signs_for_the_case() {
        given(signedForBy("guotu").transferProposed("linye").transferApproved())
                .when(signFor(handler("linye")))
                .expectEvents(new CaseSignedForEvent(CASE_ID, by(handler("linye")), "linye"));
    }

    @Test
    void the_proposing_department_no_longer_holds_a_case_once_the_transfer_is_approved() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye").transferApproved()),
                progressNote(handler("guotu"), "one more thing"),
                NOT_YOUR_DEPARTMENT,
                "the case is held by linye, not by guotu");
    }

    @Test
    void neither_the_proposal_nor_its_approval_resets_the_clock() {
        // due Thu Feb 26 since the first assignment; +3: Fri 27 = 1, Sat 28 (make-up) = 2, Mon Mar 2 = 3
        given(signedForBy("guotu")
                        .transferProposed("linye")
                        .transferApproved()
                        .signedFor()
                        .extensionRequested(3))
                .when(approveExtension(intake()))
                .expectEvents(new ExtensionApprovedEvent(
                        CASE_ID,
                        by(intake()),
                        "linye",
                        3,
                        GIVEN_DUE_DATE,
                        LocalDate.parse("2026-03-02"),
                        CALENDAR_VERSION,
                        "survey confirmed late"));
    }

    @Test
    void an_approved_proposal_cannot_be_approved_again() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye").transferApproved()),
                approveTransfer(intake()),
                NO_PENDING_TRANSFER,
                "no transfer proposal is waiting");
    }

    // ---- rejecting

    @Test
    void intake_rejects_with_a_reason_and_the_case_stays_with_the_department() {
        given(signedForBy("guotu").transferProposed("linye"))
                .when(rejectTransfer(intake(), "the forest station has no say in building land"))
                .expectEvents(new TransferRejectedEvent(
                        CASE_ID, by(intake()), "guotu", "linye", "the forest station has no say in building land"))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void after_a_rejection_the_department_still_holds_the_case_and_may_answer_it() {
        given(signedForBy("guotu").transferProposed("linye").transferRejected())
                .when(answer(handler("guotu"), "answered ourselves"))
                .expectEvents(new CaseAnsweredEvent(CASE_ID, by(handler("guotu")), "guotu", "answered ourselves"));
    }

    @Test
    void after_a_rejection_the_department_may_propose_again() {
        given(signedForBy("guotu").transferProposed("linye").transferRejected())
                .when(proposeTransfer(handler("guotu"), "v-sidian"))
                .expectEvents(new TransferProposedEvent(CASE_ID, by(handler("guotu")), "guotu", "v-sidian", REASON));
    }

    @Test
    void a_rejected_proposal_cannot_be_approved_afterwards() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye").transferRejected()),
                approveTransfer(intake()),
                NO_PENDING_TRANSFER,
                "no transfer proposal is waiting");
    }

    @Test
    void a_pending_extension_request_survives_a_rejected_transfer_proposal() {
        given(signedForBy("guotu")
                        .extensionRequested(3)
                        .transferProposed("linye")
                        .transferRejected())
                .when(approveExtension(intake()))
                .expectEvents(new ExtensionApprovedEvent(
                        CASE_ID,
                        by(intake()),
                        "guotu",
                        3,
                        GIVEN_DUE_DATE,
                        LocalDate.parse("2026-03-02"),
                        CALENDAR_VERSION,
                        "survey confirmed late"));
    }

    // ---- refusals

    @Test
    void a_department_cannot_propose_a_transfer_to_itself() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                proposeTransfer(handler("guotu"), "guotu"),
                SAME_DEPARTMENT,
                "the case is already with guotu");
    }

    @Test
    void a_transfer_cannot_be_proposed_to_an_unknown_department() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                proposeTransfer(handler("guotu"), "nowhere"),
                UNKNOWN_DEPARTMENT,
                "unknown department: nowhere");
    }

    @Test
    void a_department_cannot_propose_to_transfer_a_case_it_does_not_hold() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                proposeTransfer(handler("linye"), "v-sidian"),
                NOT_YOUR_DEPARTMENT,
                "the case is held by guotu, not by linye");
    }

    @Test
    void a_second_proposal_is_refused_while_one_waits() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye")),
                proposeTransfer(handler("guotu"), "v-sidian"),
                TRANSFER_ALREADY_PENDING,
                "a transfer to linye is already waiting for the intake desk");
    }

    @Test
    void intake_decides_a_waiting_proposal_before_transferring_directly() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye")),
                transfer(intake(), "v-sidian"),
                TRANSFER_ALREADY_PENDING,
                "a transfer to linye is already waiting for the intake desk");
    }

    @Test
    void intake_does_not_propose_it_transfers() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                proposeTransfer(intake(), "linye"),
                ROLE_NOT_ALLOWED,
                "INTAKE may not propose transfer");
    }

    @Test
    void discipline_cannot_propose_a_transfer() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                proposeTransfer(discipline(), "linye"),
                ROLE_NOT_ALLOWED,
                "DISCIPLINE may not propose transfer");
    }

    @Test
    void the_public_cannot_propose_a_transfer_and_leave_no_trace() {
        expectUnrecordedRefusal(
                given(signedForBy("guotu")), proposeTransfer(publicPerson(), "linye"), ROLE_NOT_ALLOWED);
    }

    @Test
    void a_returned_case_cannot_be_proposed_for_transfer() {
        expectRecordedRefusal(
                given(signedForBy("guotu").returned()),
                proposeTransfer(handler("guotu"), "linye"),
                WRONG_STATE,
                "not possible while the case is RETURNED");
    }

    @Test
    void an_answered_case_cannot_be_proposed_for_transfer() {
        expectRecordedRefusal(
                given(answeredBy("guotu")),
                proposeTransfer(handler("guotu"), "linye"),
                WRONG_STATE,
                "not possible while the case is ANSWERED");
    }

    @Test
    void a_closed_case_cannot_be_proposed_for_transfer() {
        expectRecordedRefusal(
                given(closed()),
                proposeTransfer(handler("guotu"), "linye"),
                CASE_IS_FINAL,
                "the case is CLOSED; nothing more can be done");
    }

    @Test
    void proposing_needs_a_reason() {
        expectInvalid(given(signedForBy("guotu")), proposeTransfer(handler("guotu"), "linye", " "), "reason");
    }

    @Test
    void approving_needs_a_waiting_proposal() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                approveTransfer(intake()),
                NO_PENDING_TRANSFER,
                "no transfer proposal is waiting");
    }

    @Test
    void rejecting_needs_a_waiting_proposal() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                rejectTransfer(intake(), "no"),
                NO_PENDING_TRANSFER,
                "no transfer proposal is waiting");
    }

    @Test
    void rejecting_needs_a_reason() {
        expectInvalid(given(signedForBy("guotu").transferProposed("linye")), rejectTransfer(intake(), ""), "reason");
    }

    @Test
    void the_proposing_department_cannot_approve_its_own_proposal() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye")),
                approveTransfer(handler("guotu")),
                ROLE_NOT_ALLOWED,
                "HANDLER may not approve transfer");
    }

    @Test
    void the_proposed_department_cannot_approve_or_reject_the_proposal() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye")),
                approveTransfer(handler("linye")),
                ROLE_NOT_ALLOWED,
                "HANDLER may not approve transfer");
        newFixture();
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye")),
                rejectTransfer(handler("linye"), "we do not want it"),
                ROLE_NOT_ALLOWED,
                "HANDLER may not reject transfer");
    }

    @Test
    void discipline_supervises_but_does_not_decide_transfers() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferProposed("linye")),
                approveTransfer(discipline()),
                ROLE_NOT_ALLOWED,
                "DISCIPLINE may not approve transfer");
    }
}
