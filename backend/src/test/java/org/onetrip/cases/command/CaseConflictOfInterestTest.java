package org.onetrip.cases.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.cases.command.CaseCommands.approveTransfer;
import static org.onetrip.cases.command.CaseCommands.assign;
import static org.onetrip.cases.command.CaseCommands.proposeTransfer;
import static org.onetrip.cases.command.CaseCommands.transfer;
import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.discipline;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.intake;

import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.ConflictOfInterest;
import org.onetrip.cases.api.ConflictOfInterestDecidedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecisionRequestedEvent;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.DecideConflictOfInterestCommand;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.cases.api.RequestConflictOfInterestDecisionCommand;
import org.onetrip.cases.api.ReviewAllegationCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * A complaint or report naming a department is not handed to that department unless the discipline
 * office decided so, with a reason; the desk can ask for the decision; an allegation against staff is
 * reviewed by the discipline office (四.四.3).
 */
class CaseConflictOfInterestTest extends CaseFixtureTest {

    static final String ACCUSED = "guotu";
    static final String PERMITTED = "handle it, under watch";

    static Cases.History complaintAbout(String department) {
        return new Cases.History().filed(CaseKind.COMPLAINT, department).accepted();
    }

    /** Several stories per rule here: each starts on a fixture of its own, its event ids from e-1. */
    @Override
    protected org.axonframework.test.aggregate.TestExecutor<Case> given(Cases.History history) {
        fixture = fixtureWith(CaseDeadlineProperties.defaults());
        return super.given(history);
    }

    static RequestConflictOfInterestDecisionCommand request(Actor actor, String reason) {
        return new RequestConflictOfInterestDecisionCommand(CASE_ID, actor, Channel.WORKBENCH, reason, null);
    }

    static DecideConflictOfInterestCommand decide(Actor actor, boolean permitted, String reason) {
        return new DecideConflictOfInterestCommand(CASE_ID, actor, Channel.WORKBENCH, permitted, reason, null);
    }

    static String refusalDetail(CaseKind kind, String department) {
        return "the " + kind + " is about " + department
                + "; it may handle it only if the discipline office decides so";
    }

    @Test
    void the_desk_cannot_assign_a_complaint_to_the_department_it_is_about_and_the_attempt_is_recorded() {
        expectRecordedRefusal(
                given(complaintAbout(ACCUSED)),
                assign(intake(), ACCUSED),
                RefusalReason.CONFLICT_OF_INTEREST,
                refusalDetail(CaseKind.COMPLAINT, ACCUSED));
        expectRecordedRefusal(
                given(new Cases.History().filed(CaseKind.REPORT, ACCUSED).accepted()),
                assign(intake(), ACCUSED),
                RefusalReason.CONFLICT_OF_INTEREST,
                refusalDetail(CaseKind.REPORT, ACCUSED));
    }

    @Test
    void an_enquiry_or_suggestion_naming_a_department_goes_to_it_without_more_ado() {
        given(new Cases.History().filed(CaseKind.ENQUIRY, ACCUSED).accepted())
                .when(assign(intake(), ACCUSED))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.CoreMatchers.instanceOf(CaseAssignedEvent.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        assertThat(ConflictOfInterest.arises(CaseKind.SUGGESTION, CaseCategory.OTHER, ACCUSED, ACCUSED))
                .isFalse();
        assertThat(ConflictOfInterest.arises(CaseKind.COMPLAINT, CaseCategory.OTHER, ACCUSED, "minzheng"))
                .isFalse();
        assertThat(ConflictOfInterest.arises(CaseKind.COMPLAINT, CaseCategory.OTHER, null, ACCUSED))
                .isFalse();
        assertThat(ConflictOfInterest.arises(CaseKind.REPORT, CaseCategory.OTHER, ACCUSED, ACCUSED))
                .isTrue();
        assertThat(ConflictOfInterest.arises(CaseKind.GRID_VISIT_ISSUE, CaseCategory.BUCK_PASSING, ACCUSED, ACCUSED))
                .as("a grid-visit issue accusing the department of buck-passing")
                .isTrue();
        assertThat(ConflictOfInterest.arises(CaseKind.GRID_VISIT_ISSUE, CaseCategory.OTHER, ACCUSED, ACCUSED))
                .isFalse();
    }

    @Test
    void with_the_discipline_office_s_permission_the_department_complained_about_may_handle_it() {
        given(complaintAbout(ACCUSED).conflictDecided(ACCUSED, true))
                .when(assign(intake(), ACCUSED))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        ACCUSED,
                        "reply within the limit",
                        java.time.LocalDate.parse("2026-03-10"),
                        13,
                        Cases.CALENDAR_VERSION,
                        DeadlineBasis.FIRST_ASSIGNMENT,
                        null));
    }

    @Test
    void a_refusal_or_a_later_change_of_mind_keeps_the_case_away_from_it() {
        expectRecordedRefusal(
                given(complaintAbout(ACCUSED).conflictDecided(ACCUSED, false)),
                assign(intake(), ACCUSED),
                RefusalReason.CONFLICT_OF_INTEREST,
                refusalDetail(CaseKind.COMPLAINT, ACCUSED));
        expectRecordedRefusal(
                given(complaintAbout(ACCUSED).conflictDecided(ACCUSED, true).conflictDecided(ACCUSED, false)),
                assign(intake(), ACCUSED),
                RefusalReason.CONFLICT_OF_INTEREST,
                refusalDetail(CaseKind.COMPLAINT, ACCUSED));
    }

    @Test
    void neither_a_transfer_nor_a_proposal_nor_its_approval_hands_it_to_the_department_complained_about() {
        expectRecordedRefusal(
                given(complaintAbout(ACCUSED).assignedTo("cunzhen").signedFor()),
                transfer(intake(), ACCUSED),
                RefusalReason.CONFLICT_OF_INTEREST,
                refusalDetail(CaseKind.COMPLAINT, ACCUSED));
        expectRecordedRefusal(
                given(complaintAbout(ACCUSED).assignedTo("cunzhen").signedFor()),
                proposeTransfer(handler("cunzhen"), ACCUSED),
                RefusalReason.CONFLICT_OF_INTEREST,
                refusalDetail(CaseKind.COMPLAINT, ACCUSED));
        // a proposal recorded before the rule existed is still not approved into the accused department
        expectRecordedRefusal(
                given(complaintAbout(ACCUSED).assignedTo("cunzhen").signedFor().transferProposed(ACCUSED)),
                approveTransfer(intake()),
                RefusalReason.CONFLICT_OF_INTEREST,
                refusalDetail(CaseKind.COMPLAINT, ACCUSED));
    }

    @Test
    void the_desk_asks_the_discipline_office_to_decide_and_asks_again_only_once_it_has() {
        given(complaintAbout(ACCUSED))
                .when(request(intake(), "only 国土所 can approve land use"))
                .expectEvents(new ConflictOfInterestDecisionRequestedEvent(
                        CASE_ID, by(intake()), ACCUSED, "only 国土所 can approve land use"));
        expectRecordedRefusal(
                given(complaintAbout(ACCUSED).conflictDecisionRequested(ACCUSED)),
                request(intake(), "still waiting"),
                RefusalReason.DECISION_ALREADY_REQUESTED,
                "the discipline office has not yet decided the last request");
        given(complaintAbout(ACCUSED).conflictDecisionRequested(ACCUSED).conflictDecided(ACCUSED, false))
                .when(request(intake(), "new facts"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_discipline_office_decides_with_a_reason_asked_or_not() {
        given(complaintAbout(ACCUSED).conflictDecisionRequested(ACCUSED))
                .when(decide(discipline(), true, "只有国土所有审批权，纪委办督办"))
                .expectEvents(new ConflictOfInterestDecidedEvent(
                        CASE_ID, by(discipline()), ACCUSED, true, "只有国土所有审批权，纪委办督办"));
        given(complaintAbout(ACCUSED))
                .when(decide(discipline(), false, "应由村镇中心办理"))
                .expectEvents(
                        new ConflictOfInterestDecidedEvent(CASE_ID, by(discipline()), ACCUSED, false, "应由村镇中心办理"));
        expectInvalid(given(complaintAbout(ACCUSED)), decide(discipline(), true, " "), "reason");
        expectInvalid(given(complaintAbout(ACCUSED)), request(intake(), ""), "reason");
    }

    @Test
    void only_the_desk_asks_and_only_the_discipline_office_decides() {
        expectRecordedRefusal(
                given(complaintAbout(ACCUSED)),
                request(handler(ACCUSED), "let us"),
                RefusalReason.ROLE_NOT_ALLOWED,
                "HANDLER may not request conflict of interest decision");
        expectRecordedRefusal(
                given(complaintAbout(ACCUSED)),
                decide(intake(), true, "fine"),
                RefusalReason.ROLE_NOT_ALLOWED,
                "INTAKE may not decide conflict of interest");
    }

    @Test
    void a_case_that_names_no_department_or_is_no_complaint_or_report_raises_no_conflict() {
        expectRecordedRefusal(
                given(complaintAbout(null)),
                request(intake(), "?"),
                RefusalReason.NO_CONCERNED_DEPARTMENT,
                "only a complaint, report or allegation naming a department raises a conflict of interest");
        expectRecordedRefusal(
                given(new Cases.History().filed(CaseKind.ENQUIRY, ACCUSED)),
                decide(discipline(), true, "?"),
                RefusalReason.NO_CONCERNED_DEPARTMENT,
                "only a complaint, report or allegation naming a department raises a conflict of interest");
    }

    // ---- allegations against staff

    @Test
    void buck_passing_irregular_handling_and_attitude_accuse_staff_and_nothing_else_does() {
        assertThat(java.util.Arrays.stream(CaseCategory.values()).filter(CaseCategory::accusesStaff))
                .containsExactlyInAnyOrder(
                        CaseCategory.BUCK_PASSING, CaseCategory.IRREGULAR_HANDLING, CaseCategory.ATTITUDE);
    }

    @Test
    void the_discipline_office_records_its_review_of_an_allegation() {
        given(new Cases.History().filed(CaseKind.COMPLAINT, CaseCategory.ATTITUDE, ACCUSED))
                .when(new ReviewAllegationCommand(CASE_ID, discipline(), Channel.WORKBENCH, "已约谈窗口负责人，暂不督办", null))
                .expectEvents(new AllegationReviewedEvent(CASE_ID, by(discipline()), "已约谈窗口负责人，暂不督办"));
    }

    @Test
    void only_an_allegation_is_reviewed_only_by_the_discipline_office_and_with_a_finding() {
        expectRecordedRefusal(
                given(new Cases.History().filed(CaseKind.COMPLAINT, CaseCategory.MORE_THAN_ONE_TRIP, ACCUSED)),
                new ReviewAllegationCommand(CASE_ID, discipline(), Channel.WORKBENCH, "看过", null),
                RefusalReason.NOT_AN_ALLEGATION,
                "only a complaint of buck-passing, irregular handling or attitude is an allegation");
        expectRecordedRefusal(
                given(new Cases.History().filed(CaseKind.COMPLAINT, CaseCategory.BUCK_PASSING, ACCUSED)),
                new ReviewAllegationCommand(CASE_ID, intake(), Channel.WORKBENCH, "看过", null),
                RefusalReason.ROLE_NOT_ALLOWED,
                "INTAKE may not review allegation");
        expectInvalid(
                given(new Cases.History().filed(CaseKind.COMPLAINT, CaseCategory.BUCK_PASSING, ACCUSED)),
                new ReviewAllegationCommand(CASE_ID, discipline(), Channel.WORKBENCH, " ", null),
                "finding");
    }
}
