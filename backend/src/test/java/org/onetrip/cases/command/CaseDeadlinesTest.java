package org.onetrip.cases.command;

import static org.onetrip.cases.command.CaseCommands.approveExtension;
import static org.onetrip.cases.command.CaseCommands.assign;
import static org.onetrip.cases.command.CaseCommands.reopen;
import static org.onetrip.cases.command.CaseCommands.requestExtension;
import static org.onetrip.cases.command.CaseCommands.transfer;
import static org.onetrip.cases.command.Cases.CALENDAR_VERSION;
import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.GIVEN_DUE_DATE;
import static org.onetrip.cases.command.Cases.GIVEN_RECTIFICATION_DUE_DATE;
import static org.onetrip.cases.command.Cases.accepted;
import static org.onetrip.cases.command.Cases.assignedTo;
import static org.onetrip.cases.command.Cases.filed;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.intake;
import static org.onetrip.cases.command.Cases.ratedBy;
import static org.onetrip.cases.command.Cases.signedForBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ExtensionRequestedEvent;
import org.onetrip.cases.api.Rating;

/**
 * Due dates, counted by hand on the official 2026 arrangement: Spring Festival holidays Sun Feb 15 to
 * Mon Feb 23, make-up working days Sat Feb 14 and Sat Feb 28. "Now" is Fri 2026-02-13, 10:00 in
 * Shanghai; the start day never counts.
 */
class CaseDeadlinesTest extends CaseFixtureTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_complaint_assigned_before_the_spring_festival_gets_thirteen_working_days_across_it() {
        // Sat 14 = 1; Feb 15-23 off; Tue 24 - Fri 27 = 2..5; Sat 28 = 6; Mar 2-6 = 7..11; Mon 9 = 12; Tue 10 = 13
        given(accepted())
                .when(assign(intake(), "guotu"))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "guotu",
                        "reply within the limit",
                        date("2026-03-10"),
                        13,
                        CALENDAR_VERSION,
                        DeadlineBasis.FIRST_ASSIGNMENT,
                        null));
    }

    @Test
    void an_enquiry_gets_three_working_days() {
        // Sat 14 = 1; Feb 15-23 off; Tue 24 = 2; Wed 25 = 3
        given(filed(CaseKind.ENQUIRY).accepted())
                .when(assign(intake(), "shebao"))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "shebao",
                        "reply within the limit",
                        date("2026-02-25"),
                        3,
                        CALENDAR_VERSION,
                        DeadlineBasis.FIRST_ASSIGNMENT,
                        null));
    }

    @Test
    void an_enterprise_request_gets_five_working_days() {
        // Sat 14 = 1; Tue 24 = 2, Wed 25 = 3, Thu 26 = 4, Fri 27 = 5
        given(filed(CaseKind.ENTERPRISE_REQUEST).accepted())
                .when(assign(intake(), "xiangmu"))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "xiangmu",
                        "reply within the limit",
                        date("2026-02-27"),
                        5,
                        CALENDAR_VERSION,
                        DeadlineBasis.FIRST_ASSIGNMENT,
                        null));
    }

    @Test
    void limits_are_configuration_a_locality_with_five_days_for_complaints_gets_them() {
        fixture = fixtureWith(new CaseDeadlineProperties(Map.of(CaseKind.COMPLAINT, 5), null, null));
        given(accepted())
                .when(assign(intake(), "guotu"))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "guotu",
                        "reply within the limit",
                        date("2026-02-27"),
                        5,
                        CALENDAR_VERSION,
                        DeadlineBasis.FIRST_ASSIGNMENT,
                        null));
    }

    @Test
    void a_case_assigned_again_after_a_return_keeps_its_deadline() {
        given(assignedTo("guotu").returned())
                .when(assign(intake(), "linye"))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "linye",
                        "reply within the limit",
                        GIVEN_DUE_DATE,
                        13,
                        CALENDAR_VERSION,
                        DeadlineBasis.KEPT,
                        null));
    }

    @Test
    void a_blank_reset_reason_is_no_reset() {
        given(assignedTo("guotu").returned())
                .when(assign(intake(), "linye", "   "))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "linye",
                        "reply within the limit",
                        GIVEN_DUE_DATE,
                        13,
                        CALENDAR_VERSION,
                        DeadlineBasis.KEPT,
                        null));
    }

    @Test
    void intake_resets_the_deadline_on_reassignment_only_when_it_gives_a_reason() {
        given(assignedTo("guotu").returned())
                .when(assign(intake(), "linye", "the complainant added a second matter"))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "linye",
                        "reply within the limit",
                        date("2026-03-10"),
                        13,
                        CALENDAR_VERSION,
                        DeadlineBasis.RESET_BY_INTAKE,
                        "the complainant added a second matter"));
    }

    @Test
    void transfers_and_returns_do_not_reset_the_clock() {
        given(signedForBy("guotu").transferredTo("linye").returned())
                .when(assign(intake(), "v-sidian"))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "v-sidian",
                        "reply within the limit",
                        GIVEN_DUE_DATE,
                        13,
                        CALENDAR_VERSION,
                        DeadlineBasis.KEPT,
                        null));
    }

    @Test
    void a_direct_transfer_by_intake_carries_the_due_date_unchanged() {
        given(signedForBy("guotu"))
                .when(transfer(intake(), "linye"))
                .expectEvents(new CaseTransferredEvent(
                        CASE_ID,
                        by(intake()),
                        "guotu",
                        "linye",
                        "the land use belongs to the village",
                        GIVEN_DUE_DATE));
    }

    @Test
    void after_a_transfer_an_extension_counts_from_the_kept_due_date() {
        // due Thu Feb 26; +3: Fri 27 = 1, Sat 28 (make-up) = 2, Mon Mar 2 = 3
        given(signedForBy("guotu").transferredTo("linye").signedFor().extensionRequested(3))
                .when(approveExtension(intake()))
                .expectEvents(new ExtensionApprovedEvent(
                        CASE_ID,
                        by(intake()),
                        "linye",
                        3,
                        GIVEN_DUE_DATE,
                        date("2026-03-02"),
                        CALENDAR_VERSION,
                        "survey confirmed late"));
    }

    @Test
    void a_second_extension_counts_from_the_extended_due_date() {
        // extended to Wed Mar 4; +2: Thu 5, Fri 6
        given(signedForBy("guotu")
                        .extensionRequested(5)
                        .extensionApproved(date("2026-03-04"))
                        .extensionRequested(2))
                .when(approveExtension(intake()))
                .expectEvents(new ExtensionApprovedEvent(
                        CASE_ID,
                        by(intake()),
                        "guotu",
                        2,
                        date("2026-03-04"),
                        date("2026-03-06"),
                        CALENDAR_VERSION,
                        "survey confirmed late"));
    }

    @Test
    void a_case_reassigned_after_an_approved_extension_keeps_the_extended_deadline() {
        given(signedForBy("guotu")
                        .extensionRequested(5)
                        .extensionApproved(date("2026-03-04"))
                        .returned())
                .when(assign(intake(), "linye"))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "linye",
                        "reply within the limit",
                        date("2026-03-04"),
                        18,
                        CALENDAR_VERSION,
                        DeadlineBasis.KEPT,
                        null));
    }

    @Test
    void the_configured_maximum_extension_is_allowed() {
        given(signedForBy("guotu"))
                .when(requestExtension(handler("guotu"), 10))
                .expectEvents(new ExtensionRequestedEvent(
                        CASE_ID, by(handler("guotu")), "guotu", 10, "waiting for the county survey"));
    }

    @Test
    void a_locality_with_a_smaller_maximum_extension_refuses_more() {
        fixture = fixtureWith(new CaseDeadlineProperties(null, null, 3));
        expectInvalid(given(signedForBy("guotu")), requestExtension(handler("guotu"), 4), "workingDays");
    }

    @Test
    void a_reopened_case_gets_ten_working_days_to_rectify_by_default() {
        // Sat 14 = 1; Feb 15-23 off; Feb 24-27 = 2..5; Sat 28 = 6; Mar 2-5 = 7..10
        given(ratedBy("guotu", Rating.DISSATISFIED))
                .when(reopen(intake(), "sent back again"))
                .expectEvents(new CaseReopenedEvent(
                        CASE_ID, by(intake()), "guotu", "sent back again", date("2026-03-05"), 10, CALENDAR_VERSION));
    }

    @Test
    void the_rectification_period_is_configuration() {
        fixture = fixtureWith(new CaseDeadlineProperties(null, 5, null));
        // Sat 14 = 1; Tue 24 = 2 .. Fri 27 = 5
        given(ratedBy("guotu", Rating.VERY_DISSATISFIED))
                .when(reopen(intake(), "sent back again"))
                .expectEvents(new CaseReopenedEvent(
                        CASE_ID, by(intake()), "guotu", "sent back again", date("2026-02-27"), 5, CALENDAR_VERSION));
    }

    @Test
    void after_reopening_an_extension_counts_from_the_rectification_deadline() {
        // rectification due Sat Feb 14 (make-up day); +2: Feb 15-23 off, Tue 24 = 1, Wed 25 = 2
        given(ratedBy("guotu", Rating.DISSATISFIED).reopened().extensionRequested(2))
                .when(approveExtension(intake()))
                .expectEvents(new ExtensionApprovedEvent(
                        CASE_ID,
                        by(intake()),
                        "guotu",
                        2,
                        GIVEN_RECTIFICATION_DUE_DATE,
                        date("2026-02-25"),
                        CALENDAR_VERSION,
                        "survey confirmed late"));
    }
}
