package org.onetrip.cases.command;

import static org.onetrip.cases.api.RefusalReason.ALREADY_RATED;
import static org.onetrip.cases.api.RefusalReason.BAD_RATING_NEEDS_REMARK;
import static org.onetrip.cases.api.RefusalReason.CASE_IS_FINAL;
import static org.onetrip.cases.api.RefusalReason.EXTENSION_ALREADY_PENDING;
import static org.onetrip.cases.api.RefusalReason.NOT_SIGNED_FOR;
import static org.onetrip.cases.api.RefusalReason.NOT_YOUR_DEPARTMENT;
import static org.onetrip.cases.api.RefusalReason.NO_PENDING_EXTENSION;
import static org.onetrip.cases.api.RefusalReason.RATING_NOT_BAD;
import static org.onetrip.cases.api.RefusalReason.ROLE_NOT_ALLOWED;
import static org.onetrip.cases.api.RefusalReason.SAME_DEPARTMENT;
import static org.onetrip.cases.api.RefusalReason.UNKNOWN_DEPARTMENT;
import static org.onetrip.cases.api.RefusalReason.WRONG_STATE;
import static org.onetrip.cases.command.CaseCommands.accept;
import static org.onetrip.cases.command.CaseCommands.answer;
import static org.onetrip.cases.command.CaseCommands.approveExtension;
import static org.onetrip.cases.command.CaseCommands.approveTransfer;
import static org.onetrip.cases.command.CaseCommands.assign;
import static org.onetrip.cases.command.CaseCommands.close;
import static org.onetrip.cases.command.CaseCommands.decline;
import static org.onetrip.cases.command.CaseCommands.denyExtension;
import static org.onetrip.cases.command.CaseCommands.file;
import static org.onetrip.cases.command.CaseCommands.progressNote;
import static org.onetrip.cases.command.CaseCommands.proposeTransfer;
import static org.onetrip.cases.command.CaseCommands.rate;
import static org.onetrip.cases.command.CaseCommands.rejectTransfer;
import static org.onetrip.cases.command.CaseCommands.reopen;
import static org.onetrip.cases.command.CaseCommands.requestExtension;
import static org.onetrip.cases.command.CaseCommands.returnCase;
import static org.onetrip.cases.command.CaseCommands.signFor;
import static org.onetrip.cases.command.CaseCommands.transfer;
import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.DESCRIPTION;
import static org.onetrip.cases.command.Cases.RECEIPT_CODE;
import static org.onetrip.cases.command.Cases.TITLE;
import static org.onetrip.cases.command.Cases.accepted;
import static org.onetrip.cases.command.Cases.answeredBy;
import static org.onetrip.cases.command.Cases.assignedTo;
import static org.onetrip.cases.command.Cases.closed;
import static org.onetrip.cases.command.Cases.declined;
import static org.onetrip.cases.command.Cases.filed;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.intake;
import static org.onetrip.cases.command.Cases.mergedInto;
import static org.onetrip.cases.command.Cases.publicPerson;
import static org.onetrip.cases.command.Cases.ratedBy;
import static org.onetrip.cases.command.Cases.signedForBy;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onetrip.cases.api.CaseCommand;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.Rating;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Every refusal in {@link Case}: staff attempts are recorded as refusal events with a
 * {@code Refused} outcome; the public's are thrown back unrecorded; malformed commands are rejected
 * with nothing stored.
 */
class CaseRefusalsTest extends CaseFixtureTest {

    // ---- filing

    @Test
    void the_public_cannot_file_through_any_channel_but_the_portal() {
        for (Channel channel : List.of(Channel.HOTLINE, Channel.WECHAT, Channel.WINDOW, Channel.WORKBENCH)) {
            newFixture();
            expectUnrecordedRefusal(fixture.givenNoPriorActivity(), file(publicPerson(), channel), ROLE_NOT_ALLOWED);
        }
    }

    @Test
    void a_handler_cannot_file_a_case() {
        expectUnrecordedRefusal(fixture.givenNoPriorActivity(), file(handler("guotu")), ROLE_NOT_ALLOWED);
    }

    @Test
    void discipline_auditors_and_administrators_cannot_file_a_case_either() {
        for (Actor actor : List.of(Cases.discipline(), Cases.auditor(), Cases.admin())) {
            newFixture();
            expectUnrecordedRefusal(fixture.givenNoPriorActivity(), file(actor), ROLE_NOT_ALLOWED);
        }
    }

    @Test
    void a_case_needs_a_title() {
        expectInvalid(fixture.givenNoPriorActivity(), filing(" \t", DESCRIPTION, CaseKind.COMPLAINT, "guotu"), "title");
    }

    @Test
    void a_case_needs_a_description() {
        expectInvalid(fixture.givenNoPriorActivity(), filing(TITLE, "", CaseKind.COMPLAINT, "guotu"), "description");
    }

    @Test
    void a_case_needs_a_kind() {
        expectInvalid(fixture.givenNoPriorActivity(), filing(TITLE, DESCRIPTION, null, "guotu"), "kind");
    }

    @Test
    void a_case_needs_a_receipt_code() {
        expectInvalid(
                fixture.givenNoPriorActivity(),
                new FileCaseCommand(
                        CASE_ID,
                        publicPerson(),
                        Channel.PORTAL,
                        null,
                        CaseKind.COMPLAINT,
                        null,
                        TITLE,
                        DESCRIPTION,
                        null,
                        null,
                        null),
                "receiptCode");
    }

    @Test
    void a_case_cannot_name_a_department_the_township_does_not_have() {
        expectInvalid(
                fixture.givenNoPriorActivity(),
                filing(TITLE, DESCRIPTION, CaseKind.COMPLAINT, "nowhere"),
                "concernedDepartmentCode");
    }

    // ---- accepting and declining

    @Test
    void a_case_is_accepted_only_once() {
        expectRecordedRefusal(
                given(accepted()), accept(intake()), WRONG_STATE, "not possible while the case is ACCEPTED");
    }

    @Test
    void a_handler_cannot_accept_a_case() {
        expectRecordedRefusal(
                given(filed()), accept(handler("guotu")), ROLE_NOT_ALLOWED, "HANDLER may not accept case");
    }

    @Test
    void declining_needs_a_reason() {
        expectInvalid(given(filed()), decline(intake(), "  "), "reason");
    }

    @Test
    void an_assigned_case_can_no_longer_be_declined() {
        expectRecordedRefusal(
                given(assignedTo("guotu")),
                decline(intake(), "changed my mind"),
                WRONG_STATE,
                "not possible while the case is ASSIGNED");
    }

    // ---- assigning

    @Test
    void a_case_cannot_be_assigned_to_an_unknown_department() {
        expectRecordedRefusal(
                given(accepted()), assign(intake(), "nowhere"), UNKNOWN_DEPARTMENT, "unknown department: nowhere");
    }

    @Test
    void a_handler_cannot_assign_a_case() {
        expectRecordedRefusal(
                given(accepted()), assign(handler("guotu"), "guotu"), ROLE_NOT_ALLOWED, "HANDLER may not assign case");
    }

    @Test
    void a_case_must_be_accepted_before_it_is_assigned() {
        expectRecordedRefusal(
                given(filed()), assign(intake(), "guotu"), WRONG_STATE, "not possible while the case is FILED");
    }

    @Test
    void a_case_held_by_a_department_cannot_be_assigned_again_it_is_transferred_or_returned() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                assign(intake(), "linye"),
                WRONG_STATE,
                "not possible while the case is IN_PROGRESS");
    }

    // ---- signing for

    @Test
    void a_handler_of_another_department_cannot_sign_for_the_case() {
        expectRecordedRefusal(
                given(assignedTo("guotu")),
                signFor(handler("linye")),
                NOT_YOUR_DEPARTMENT,
                "the case is held by guotu, not by linye");
    }

    @Test
    void intake_cannot_sign_for_a_case() {
        expectRecordedRefusal(
                given(assignedTo("guotu")), signFor(intake()), ROLE_NOT_ALLOWED, "INTAKE may not sign for case");
    }

    @Test
    void a_case_is_signed_for_only_once() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                signFor(handler("guotu")),
                WRONG_STATE,
                "not possible while the case is IN_PROGRESS");
    }

    @Test
    void the_department_that_returned_a_case_cannot_sign_for_it_any_more() {
        expectRecordedRefusal(
                given(assignedTo("guotu").returned()),
                signFor(handler("guotu")),
                WRONG_STATE,
                "not possible while the case is RETURNED");
    }

    @Test
    void the_department_that_transferred_a_case_away_no_longer_holds_it() {
        expectRecordedRefusal(
                given(assignedTo("guotu").transferredTo("linye")),
                signFor(handler("guotu")),
                NOT_YOUR_DEPARTMENT,
                "the case is held by linye, not by guotu");
    }

    // ---- progress notes

    @Test
    void a_progress_note_needs_the_case_signed_for() {
        expectRecordedRefusal(
                given(assignedTo("guotu")),
                progressNote(handler("guotu"), "looking into it"),
                NOT_SIGNED_FOR,
                "sign for the case first");
    }

    @Test
    void a_progress_note_needs_text() {
        expectInvalid(given(signedForBy("guotu")), progressNote(handler("guotu"), ""), "note");
    }

    @Test
    void another_department_cannot_add_progress_notes() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                progressNote(handler("linye"), "we had a look"),
                NOT_YOUR_DEPARTMENT,
                "the case is held by guotu, not by linye");
    }

    @Test
    void a_progress_note_after_the_answer_is_refused() {
        expectRecordedRefusal(
                given(answeredBy("guotu")),
                progressNote(handler("guotu"), "one more thing"),
                WRONG_STATE,
                "not possible while the case is ANSWERED");
    }

    // ---- extensions

    @Test
    void an_extension_needs_the_case_signed_for() {
        expectRecordedRefusal(
                given(assignedTo("guotu")),
                requestExtension(handler("guotu"), 3),
                NOT_SIGNED_FOR,
                "sign for the case first");
    }

    @Test
    void a_second_extension_request_while_one_is_pending_is_refused() {
        expectRecordedRefusal(
                given(signedForBy("guotu").extensionRequested(5)),
                requestExtension(handler("guotu"), 2),
                EXTENSION_ALREADY_PENDING,
                "an extension request is already waiting for a decision");
    }

    @Test
    void an_extension_request_needs_a_reason() {
        expectInvalid(given(signedForBy("guotu")), requestExtension(handler("guotu"), 3, " "), "reason");
    }

    @Test
    void an_extension_must_be_at_least_one_working_day() {
        expectInvalid(given(signedForBy("guotu")), requestExtension(handler("guotu"), 0), "workingDays");
    }

    @Test
    void an_extension_cannot_exceed_the_configured_maximum() {
        expectInvalid(given(signedForBy("guotu")), requestExtension(handler("guotu"), 11), "workingDays");
    }

    @Test
    void another_department_cannot_ask_for_more_time() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                requestExtension(handler("linye"), 3),
                NOT_YOUR_DEPARTMENT,
                "the case is held by guotu, not by linye");
    }

    @Test
    void approving_with_no_extension_pending_is_refused() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                approveExtension(intake()),
                NO_PENDING_EXTENSION,
                "no extension request is waiting");
    }

    @Test
    void denying_with_no_extension_pending_is_refused() {
        expectRecordedRefusal(
                given(signedForBy("guotu").extensionRequested(3).extensionDenied()),
                denyExtension(intake(), "no"),
                NO_PENDING_EXTENSION,
                "no extension request is waiting");
    }

    @Test
    void an_extension_is_approved_only_once() {
        expectRecordedRefusal(
                given(signedForBy("guotu")
                        .extensionRequested(5)
                        .extensionApproved(java.time.LocalDate.parse("2026-03-04"))),
                approveExtension(intake()),
                NO_PENDING_EXTENSION,
                "no extension request is waiting");
    }

    @Test
    void denying_an_extension_needs_a_reason() {
        expectInvalid(given(signedForBy("guotu").extensionRequested(5)), denyExtension(intake(), null), "reason");
    }

    @Test
    void a_handler_cannot_approve_its_own_extension() {
        expectRecordedRefusal(
                given(signedForBy("guotu").extensionRequested(5)),
                approveExtension(handler("guotu")),
                ROLE_NOT_ALLOWED,
                "HANDLER may not approve extension");
    }

    @Test
    void a_pending_extension_lapses_when_the_case_is_returned() {
        expectRecordedRefusal(
                given(signedForBy("guotu").extensionRequested(5).returned().assignedTo("linye")),
                approveExtension(intake()),
                NO_PENDING_EXTENSION,
                "no extension request is waiting");
    }

    @Test
    void a_pending_extension_lapses_when_the_case_is_transferred() {
        expectRecordedRefusal(
                given(signedForBy("guotu").extensionRequested(5).transferredTo("linye")),
                approveExtension(intake()),
                NO_PENDING_EXTENSION,
                "no extension request is waiting");
    }

    @Test
    void a_pending_extension_lapses_when_the_case_is_answered() {
        expectRecordedRefusal(
                given(signedForBy("guotu").extensionRequested(5).answered()),
                approveExtension(intake()),
                NO_PENDING_EXTENSION,
                "no extension request is waiting");
    }

    // ---- returning

    @Test
    void returning_needs_a_reason() {
        expectInvalid(given(signedForBy("guotu")), returnCase(handler("guotu"), ""), "reason");
    }

    @Test
    void another_department_cannot_return_the_case() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                returnCase(handler("linye"), "not ours either"),
                NOT_YOUR_DEPARTMENT,
                "the case is held by guotu, not by linye");
    }

    @Test
    void a_returned_case_cannot_be_returned_again() {
        expectRecordedRefusal(
                given(assignedTo("guotu").returned()),
                returnCase(handler("guotu"), "really not ours"),
                WRONG_STATE,
                "not possible while the case is RETURNED");
    }

    @Test
    void intake_cannot_return_a_case_it_would_reassign_instead() {
        expectRecordedRefusal(
                given(assignedTo("guotu")),
                returnCase(intake(), "wrong desk"),
                ROLE_NOT_ALLOWED,
                "INTAKE may not return case");
    }

    // ---- transferring

    @Test
    void a_case_cannot_be_transferred_to_the_department_that_holds_it() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                transfer(intake(), "guotu"),
                SAME_DEPARTMENT,
                "the case is already with guotu");
    }

    @Test
    void a_case_cannot_be_transferred_to_an_unknown_department() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                transfer(intake(), "nowhere"),
                UNKNOWN_DEPARTMENT,
                "unknown department: nowhere");
    }

    @Test
    void a_department_cannot_transfer_directly_it_proposes_a_transfer_instead() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                transfer(handler("guotu"), "linye"),
                ROLE_NOT_ALLOWED,
                "a department proposes a transfer (…/transfer-proposal); the intake desk decides");
    }

    @Test
    void a_department_cannot_transfer_another_departments_case_either() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                transfer(handler("linye"), "v-sidian"),
                ROLE_NOT_ALLOWED,
                "a department proposes a transfer (…/transfer-proposal); the intake desk decides");
    }

    @Test
    void transferring_needs_a_reason() {
        expectInvalid(given(signedForBy("guotu")), transfer(intake(), "linye", "\n"), "reason");
    }

    @Test
    void a_returned_case_is_assigned_not_transferred() {
        expectRecordedRefusal(
                given(assignedTo("guotu").returned()),
                transfer(intake(), "linye"),
                WRONG_STATE,
                "not possible while the case is RETURNED");
    }

    // ---- answering

    @Test
    void answering_needs_the_case_signed_for() {
        expectRecordedRefusal(
                given(assignedTo("guotu")),
                answer(handler("guotu"), "done"),
                NOT_SIGNED_FOR,
                "sign for the case first");
    }

    @Test
    void a_transferred_case_must_be_signed_for_again_before_it_is_answered() {
        expectRecordedRefusal(
                given(signedForBy("guotu").transferredTo("linye")),
                answer(handler("linye"), "done"),
                NOT_SIGNED_FOR,
                "sign for the case first");
    }

    @Test
    void another_department_cannot_answer() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                answer(handler("linye"), "done"),
                NOT_YOUR_DEPARTMENT,
                "the case is held by guotu, not by linye");
    }

    @Test
    void an_answer_needs_text() {
        expectInvalid(given(signedForBy("guotu")), answer(handler("guotu"), " "), "answer");
    }

    @Test
    void intake_cannot_answer_for_a_department() {
        expectRecordedRefusal(
                given(signedForBy("guotu")), answer(intake(), "done"), ROLE_NOT_ALLOWED, "INTAKE may not answer case");
    }

    // ---- rating

    @Test
    void the_public_cannot_rate_twice_and_the_attempt_is_not_stored() {
        expectUnrecordedRefusal(
                given(ratedBy("guotu", Rating.SATISFIED)), rate(publicPerson(), Rating.DISSATISFIED), ALREADY_RATED);
    }

    @Test
    void intake_rating_an_answer_already_rated_is_recorded_as_refused() {
        expectRecordedRefusal(
                given(ratedBy("guotu", Rating.SATISFIED)),
                rate(intake(), Rating.DISSATISFIED),
                ALREADY_RATED,
                "this answer has been rated already");
    }

    @Test
    void the_public_cannot_rate_before_the_answer() {
        expectUnrecordedRefusal(given(signedForBy("guotu")), rate(publicPerson(), Rating.DISSATISFIED), WRONG_STATE);
    }

    @Test
    void a_rating_needs_a_value() {
        expectInvalid(given(answeredBy("guotu")), rate(publicPerson(), null), "rating");
    }

    @Test
    void a_handler_cannot_rate_its_own_answer() {
        expectRecordedRefusal(
                given(answeredBy("guotu")),
                rate(handler("guotu"), Rating.VERY_SATISFIED),
                ROLE_NOT_ALLOWED,
                "HANDLER may not rate case");
    }

    // ---- reopening

    @Test
    void a_good_rating_does_not_reopen_a_case() {
        expectRecordedRefusal(
                given(ratedBy("guotu", Rating.BASICALLY_SATISFIED)),
                reopen(intake(), "just because"),
                RATING_NOT_BAD,
                "only a dissatisfied rating reopens a case");
    }

    @Test
    void an_unrated_case_cannot_be_reopened() {
        expectRecordedRefusal(
                given(answeredBy("guotu")),
                reopen(intake(), "complainant phoned"),
                WRONG_STATE,
                "not possible while the case is ANSWERED");
    }

    @Test
    void reopening_needs_a_reason() {
        expectInvalid(given(ratedBy("guotu", Rating.DISSATISFIED)), reopen(intake(), ""), "reason");
    }

    @Test
    void a_handler_cannot_reopen_a_case() {
        expectRecordedRefusal(
                given(ratedBy("guotu", Rating.DISSATISFIED)),
                reopen(handler("guotu"), "we'll fix it"),
                ROLE_NOT_ALLOWED,
                "HANDLER may not reopen case");
    }

    // ---- closing

    @Test
    void closing_after_a_bad_rating_needs_a_remark() {
        expectRecordedRefusal(
                given(ratedBy("guotu", Rating.DISSATISFIED)),
                close(intake(), null),
                BAD_RATING_NEEDS_REMARK,
                "closing after a dissatisfied rating needs a remark saying why");
    }

    @Test
    void a_blank_remark_is_no_remark() {
        expectRecordedRefusal(
                given(ratedBy("guotu", Rating.VERY_DISSATISFIED)),
                close(intake(), "   "),
                BAD_RATING_NEEDS_REMARK,
                "closing after a dissatisfied rating needs a remark saying why");
    }

    @Test
    void a_case_in_progress_cannot_be_closed() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                close(intake(), "taking too long"),
                WRONG_STATE,
                "not possible while the case is IN_PROGRESS");
    }

    @Test
    void a_handler_cannot_close_a_case() {
        expectRecordedRefusal(
                given(ratedBy("guotu", Rating.SATISFIED)),
                close(handler("guotu"), null),
                ROLE_NOT_ALLOWED,
                "HANDLER may not close case");
    }

    // ---- final cases

    /** Every handling command, sent by the role that could send it on a live case. */
    static Stream<Supplier<CaseCommand>> handlingCommands() {
        return Stream.of(
                () -> accept(intake()),
                () -> decline(intake(), "duplicate"),
                () -> assign(intake(), "guotu"),
                () -> signFor(handler("guotu")),
                () -> progressNote(handler("guotu"), "note"),
                () -> requestExtension(handler("guotu"), 3),
                () -> approveExtension(intake()),
                () -> denyExtension(intake(), "no"),
                () -> returnCase(handler("guotu"), "not ours"),
                () -> transfer(intake(), "linye"),
                () -> proposeTransfer(handler("guotu"), "linye"),
                () -> approveTransfer(intake()),
                () -> rejectTransfer(intake(), "no"),
                () -> answer(handler("guotu"), "done"),
                () -> rate(intake(), Rating.SATISFIED),
                () -> reopen(intake(), "bad"),
                () -> close(intake(), "remark"));
    }

    static Stream<Arguments> finalCasesTimesCommands() {
        return Stream.of(
                        Arguments.of("CLOSED", (Supplier<Cases.History>) Cases::closed),
                        Arguments.of("DECLINED", (Supplier<Cases.History>) Cases::declined),
                        Arguments.of("MERGED", (Supplier<Cases.History>) () -> mergedInto("case-primary")))
                .flatMap(history ->
                        handlingCommands().map(command -> Arguments.of(history.get()[0], history.get()[1], command)));
    }

    @ParameterizedTest(name = "{0} case refuses {2}")
    @MethodSource("finalCasesTimesCommands")
    void nothing_more_can_be_done_on_a_final_case_and_the_attempt_is_recorded(
            String status, Supplier<Cases.History> history, Supplier<CaseCommand> command) {
        expectRecordedRefusal(
                given(history.get()),
                command.get(),
                CASE_IS_FINAL,
                "the case is " + status + "; nothing more can be done");
    }

    @Test
    void the_public_rating_a_closed_case_is_refused_without_a_trace() {
        expectUnrecordedRefusal(given(closed()), rate(publicPerson(), Rating.DISSATISFIED), CASE_IS_FINAL);
    }

    @Test
    void the_public_rating_a_declined_case_is_refused_without_a_trace() {
        expectUnrecordedRefusal(given(declined()), rate(publicPerson(), Rating.DISSATISFIED), CASE_IS_FINAL);
    }

    // ---- helpers

    private static FileCaseCommand filing(String title, String description, CaseKind kind, String department) {
        return new FileCaseCommand(
                CASE_ID,
                publicPerson(),
                Channel.PORTAL,
                RECEIPT_CODE,
                kind,
                null,
                title,
                description,
                null,
                department,
                null);
    }
}
