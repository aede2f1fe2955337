package org.onetrip.cases.command;

import static org.onetrip.cases.api.RefusalReason.ROLE_NOT_ALLOWED;
import static org.onetrip.cases.api.RefusalReason.SUPERVISION_ALREADY_OPEN;
import static org.onetrip.cases.api.RefusalReason.SUPERVISION_NOT_OPEN;
import static org.onetrip.cases.api.RefusalReason.UNKNOWN_DEPARTMENT;
import static org.onetrip.cases.api.RefusalReason.WRONG_STATE;
import static org.onetrip.cases.command.CaseCommands.concludeSupervision;
import static org.onetrip.cases.command.CaseCommands.openSupervision;
import static org.onetrip.cases.command.CaseCommands.recordAccountability;
import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.closed;
import static org.onetrip.cases.command.Cases.declined;
import static org.onetrip.cases.command.Cases.discipline;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.intake;
import static org.onetrip.cases.command.Cases.mergedInto;
import static org.onetrip.cases.command.Cases.signedForBy;

import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.AccountabilityMeasure;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CommandOutcome.Done;
import org.onetrip.cases.api.RecordAccountabilityCommand;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.shared.api.Channel;

/** 督办 and 问责: the discipline office supervises a case and records accountability while it does. */
class CaseSupervisionTest extends CaseFixtureTest {

    @Test
    void discipline_opens_supervision_of_a_case_in_progress() {
        given(signedForBy("guotu"))
                .when(openSupervision(discipline(), "returned twice in a week"))
                .expectEvents(new SupervisionOpenedEvent(CASE_ID, by(discipline()), "returned twice in a week"))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void discipline_concludes_open_supervision() {
        given(signedForBy("guotu").supervisionOpened())
                .when(concludeSupervision(discipline(), "answered within the limit after the warning"))
                .expectEvents(new SupervisionConcludedEvent(
                        CASE_ID, by(discipline()), "answered within the limit after the warning"))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void supervision_is_opened_only_once_at_a_time() {
        expectRecordedRefusal(
                given(signedForBy("guotu").supervisionOpened()),
                openSupervision(discipline(), "again"),
                SUPERVISION_ALREADY_OPEN,
                "supervision is already open");
    }

    @Test
    void supervision_can_be_opened_again_after_it_was_concluded() {
        given(signedForBy("guotu").supervisionOpened().supervisionConcluded())
                .when(openSupervision(discipline(), "overdue again"))
                .expectEvents(new SupervisionOpenedEvent(CASE_ID, by(discipline()), "overdue again"));
    }

    @Test
    void concluding_needs_open_supervision() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                concludeSupervision(discipline(), "done"),
                SUPERVISION_NOT_OPEN,
                "open supervision first");
    }

    @Test
    void discipline_records_accountability_while_supervising() {
        given(signedForBy("guotu").supervisionOpened())
                .when(recordAccountability(discipline(), "guotu"))
                .expectEvents(new AccountabilityRecordedEvent(
                        CASE_ID,
                        by(discipline()),
                        "guotu",
                        "handler-guotu",
                        AccountabilityMeasure.ORDER_TO_RECTIFY,
                        "asked for a stamp that is not in the catalogue"))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void accountability_requires_open_supervision() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                recordAccountability(discipline(), "guotu"),
                SUPERVISION_NOT_OPEN,
                "open supervision first");
    }

    @Test
    void accountability_after_supervision_was_concluded_is_refused() {
        expectRecordedRefusal(
                given(signedForBy("guotu").supervisionOpened().supervisionConcluded()),
                recordAccountability(discipline(), "guotu"),
                SUPERVISION_NOT_OPEN,
                "open supervision first");
    }

    @Test
    void accountability_by_anyone_but_discipline_is_refused() {
        expectRecordedRefusal(
                given(signedForBy("guotu").supervisionOpened()),
                recordAccountability(intake(), "guotu"),
                ROLE_NOT_ALLOWED,
                "INTAKE may not record accountability");
    }

    @Test
    void accountability_names_a_known_department() {
        expectRecordedRefusal(
                given(signedForBy("guotu").supervisionOpened()),
                recordAccountability(discipline(), "nowhere"),
                UNKNOWN_DEPARTMENT,
                "unknown department: nowhere");
    }

    @Test
    void accountability_needs_findings_and_a_measure() {
        expectInvalid(
                given(signedForBy("guotu").supervisionOpened()),
                new RecordAccountabilityCommand(
                        CASE_ID,
                        discipline(),
                        Channel.WORKBENCH,
                        "guotu",
                        null,
                        AccountabilityMeasure.ADMONISHMENT_TALK,
                        " ",
                        null),
                "findings");
        newFixture();
        expectInvalid(
                given(signedForBy("guotu").supervisionOpened()),
                new RecordAccountabilityCommand(
                        CASE_ID, discipline(), Channel.WORKBENCH, "guotu", null, null, "found", null),
                "measure");
    }

    @Test
    void opening_and_concluding_need_text() {
        expectInvalid(given(signedForBy("guotu")), openSupervision(discipline(), ""), "reason");
        newFixture();
        expectInvalid(
                given(signedForBy("guotu").supervisionOpened()), concludeSupervision(discipline(), null), "conclusion");
    }

    @Test
    void a_handler_cannot_supervise() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                openSupervision(handler("guotu"), "self-check"),
                ROLE_NOT_ALLOWED,
                "HANDLER may not open supervision");
    }

    @Test
    void intake_cannot_conclude_supervision() {
        expectRecordedRefusal(
                given(signedForBy("guotu").supervisionOpened()),
                concludeSupervision(intake(), "ok"),
                ROLE_NOT_ALLOWED,
                "INTAKE may not conclude supervision");
    }

    @Test
    void a_closed_case_can_still_be_supervised_after_the_fact() {
        given(closed())
                .when(openSupervision(discipline(), "the complainant had to come four times"))
                .expectEvents(
                        new SupervisionOpenedEvent(CASE_ID, by(discipline()), "the complainant had to come four times"))
                .expectResultMessagePayload(new Done(CaseStatus.CLOSED));
    }

    @Test
    void a_declined_case_can_be_supervised_in_case_declining_was_the_buck_passing() {
        given(declined())
                .when(openSupervision(discipline(), "declined without looking"))
                .expectEvents(new SupervisionOpenedEvent(CASE_ID, by(discipline()), "declined without looking"))
                .expectResultMessagePayload(new Done(CaseStatus.DECLINED));
    }

    @Test
    void accountability_can_be_recorded_on_a_closed_case_under_supervision() {
        given(closed().supervisionOpened())
                .when(recordAccountability(discipline(), "guotu"))
                .expectEvents(new AccountabilityRecordedEvent(
                        CASE_ID,
                        by(discipline()),
                        "guotu",
                        "handler-guotu",
                        AccountabilityMeasure.ORDER_TO_RECTIFY,
                        "asked for a stamp that is not in the catalogue"));
    }

    @Test
    void a_merged_case_is_not_supervised_its_primary_is() {
        expectRecordedRefusal(
                given(mergedInto("case-primary")),
                openSupervision(discipline(), "duplicate"),
                WRONG_STATE,
                "the case was merged into another; supervise that one");
    }
}
