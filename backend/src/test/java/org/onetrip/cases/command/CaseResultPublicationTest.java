package org.onetrip.cases.command;

import static org.onetrip.cases.api.RefusalReason.RESULT_ALREADY_WITHHELD;
import static org.onetrip.cases.api.RefusalReason.RESULT_NOT_WITHHELD;
import static org.onetrip.cases.api.RefusalReason.ROLE_NOT_ALLOWED;
import static org.onetrip.cases.api.RefusalReason.WRONG_STATE;
import static org.onetrip.cases.command.CaseCommands.republishResult;
import static org.onetrip.cases.command.CaseCommands.withholdResult;
import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.answeredBy;
import static org.onetrip.cases.command.Cases.closed;
import static org.onetrip.cases.command.Cases.declined;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.intake;
import static org.onetrip.cases.command.Cases.mergedInto;
import static org.onetrip.cases.command.Cases.signedForBy;

import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CommandOutcome.Done;
import org.onetrip.cases.api.ResultRepublishedEvent;
import org.onetrip.cases.api.ResultWithheldEvent;

/** 不予公开: the intake desk keeps a case's handling result off the public pages, and may put it back. */
class CaseResultPublicationTest extends CaseFixtureTest {

    @Test
    void intake_withholds_an_answered_case_s_result_from_the_public_pages() {
        given(answeredBy("minzheng"))
                .when(withholdResult(intake(), "the answer names a neighbour"))
                .expectEvents(new ResultWithheldEvent(CASE_ID, by(intake()), "the answer names a neighbour"))
                .expectResultMessagePayload(new Done(CaseStatus.ANSWERED));
    }

    @Test
    void a_closed_case_s_result_can_still_be_withheld_for_it_stays_published() {
        given(closed())
                .when(withholdResult(intake(), "the title gives an address"))
                .expectEvents(new ResultWithheldEvent(CASE_ID, by(intake()), "the title gives an address"))
                .expectResultMessagePayload(new Done(CaseStatus.CLOSED));
    }

    @Test
    void a_result_can_be_withheld_before_there_is_one_so_it_is_never_published() {
        given(signedForBy("minzheng"))
                .when(withholdResult(intake(), "a report about a neighbour"))
                .expectEvents(new ResultWithheldEvent(CASE_ID, by(intake()), "a report about a neighbour"));
    }

    @Test
    void intake_republishes_a_withheld_result() {
        given(answeredBy("minzheng").resultWithheld())
                .when(republishResult(intake(), "the names are gone"))
                .expectEvents(new ResultRepublishedEvent(CASE_ID, by(intake()), "the names are gone"))
                .expectResultMessagePayload(new Done(CaseStatus.ANSWERED));
    }

    @Test
    void a_withheld_result_is_not_withheld_twice() {
        expectRecordedRefusal(
                given(answeredBy("minzheng").resultWithheld()),
                withholdResult(intake(), "again"),
                RESULT_ALREADY_WITHHELD,
                "the result is withheld already");
    }

    @Test
    void a_published_result_is_not_republished() {
        expectRecordedRefusal(
                given(answeredBy("minzheng")),
                republishResult(intake(), "why not"),
                RESULT_NOT_WITHHELD,
                "the result is not withheld");
    }

    @Test
    void a_declined_case_has_no_result_to_withhold() {
        expectRecordedRefusal(
                given(declined()),
                withholdResult(intake(), "x"),
                WRONG_STATE,
                "a DECLINED case has no result to publish");
    }

    @Test
    void a_merged_case_has_no_result_of_its_own_to_withhold() {
        expectRecordedRefusal(
                given(mergedInto("primary")),
                withholdResult(intake(), "x"),
                WRONG_STATE,
                "a MERGED case has no result to publish");
    }

    @Test
    void a_grid_visit_s_issue_has_no_published_result_to_withhold() {
        expectRecordedRefusal(
                given(Cases.filed(CaseKind.GRID_VISIT_ISSUE).accepted()),
                withholdResult(intake(), "x"),
                WRONG_STATE,
                "the result of a GRID_VISIT_ISSUE is never published");
    }

    @Test
    void only_the_intake_desk_decides_what_is_published() {
        expectRecordedRefusal(
                given(answeredBy("minzheng")),
                withholdResult(handler("minzheng"), "my own answer"),
                ROLE_NOT_ALLOWED,
                "HANDLER may not withhold result");
    }

    @Test
    void a_decision_about_publication_needs_a_reason() {
        expectInvalid(given(answeredBy("minzheng")), withholdResult(intake(), " "), "reason");
        expectInvalid(given(answeredBy("minzheng").resultWithheld()), republishResult(intake(), ""), "reason");
    }
}
