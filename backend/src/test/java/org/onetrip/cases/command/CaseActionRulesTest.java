package org.onetrip.cases.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.cases.command.CaseCommands.accept;
import static org.onetrip.cases.command.CaseCommands.answer;
import static org.onetrip.cases.command.CaseCommands.approveExtension;
import static org.onetrip.cases.command.CaseCommands.approveTransfer;
import static org.onetrip.cases.command.CaseCommands.assign;
import static org.onetrip.cases.command.CaseCommands.close;
import static org.onetrip.cases.command.CaseCommands.concludeSupervision;
import static org.onetrip.cases.command.CaseCommands.decline;
import static org.onetrip.cases.command.CaseCommands.denyExtension;
import static org.onetrip.cases.command.CaseCommands.openSupervision;
import static org.onetrip.cases.command.CaseCommands.progressNote;
import static org.onetrip.cases.command.CaseCommands.proposeTransfer;
import static org.onetrip.cases.command.CaseCommands.rate;
import static org.onetrip.cases.command.CaseCommands.recordAccountability;
import static org.onetrip.cases.command.CaseCommands.rejectTransfer;
import static org.onetrip.cases.command.CaseCommands.reopen;
import static org.onetrip.cases.command.CaseCommands.republishResult;
import static org.onetrip.cases.command.CaseCommands.requestExtension;
import static org.onetrip.cases.command.CaseCommands.returnCase;
import static org.onetrip.cases.command.CaseCommands.signFor;
import static org.onetrip.cases.command.CaseCommands.transfer;
import static org.onetrip.cases.command.CaseCommands.withholdResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseCommand;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.shared.api.Actor;

/**
 * What {@link CaseActionRules} tells a screen is exactly what the case then does: for every state of an
 * eventful case, every kind of staff member and every action, "allowed" means the command is done and
 * "refused because R" means the case refuses it with R. So a screen that offers only allowed actions
 * never causes a recorded refusal.
 */
class CaseActionRulesTest extends CaseFixtureTest {

    static final List<Actor> STAFF = List.of(
            Cases.intake(),
            Cases.handler("minzheng"),
            Cases.handler("v-sidian"),
            Cases.handler("guotu"),
            Cases.discipline(),
            Cases.auditor());

    static Optional<CaseCommand> commandFor(CaseAction action, Actor actor) {
        return Optional.ofNullable(
                switch (action) {
                    case ACCEPT -> accept(actor);
                    case DECLINE -> decline(actor, "不属于本镇职责");
                    case ASSIGN -> assign(actor, "guotu");
                    case SIGN_FOR -> signFor(actor);
                    case ADD_PROGRESS_NOTE -> progressNote(actor, "已联系");
                    case REQUEST_EXTENSION -> requestExtension(actor, 3);
                    case APPROVE_EXTENSION -> approveExtension(actor);
                    case DENY_EXTENSION -> denyExtension(actor, "理由不足");
                    case RETURN -> returnCase(actor, "不属本单位");
                    case TRANSFER -> transfer(actor, "guotu");
                    case PROPOSE_TRANSFER -> proposeTransfer(actor, "guotu");
                    case APPROVE_TRANSFER -> approveTransfer(actor);
                    case REJECT_TRANSFER -> rejectTransfer(actor, "应由本单位办理");
                    case ANSWER -> answer(actor, "已办理");
                    case RATE -> rate(actor, Rating.SATISFIED);
                    case REOPEN -> reopen(actor, "群众不满意");
                    case CLOSE -> close(actor, "已回访");
                    case WITHHOLD_RESULT -> withholdResult(actor, "答复中有邻居姓名");
                    case REPUBLISH_RESULT -> republishResult(actor, "姓名已删去");
                    case OPEN_SUPERVISION -> openSupervision(actor, "多次退回");
                    case CONCLUDE_SUPERVISION -> concludeSupervision(actor, "已整改");
                    case RECORD_ACCOUNTABILITY -> recordAccountability(actor, "minzheng");
                    // needs a second case: CaseMergeTest covers it; its state rules are notFinal and the role
                    case MERGE -> null;
                });
    }

    @Test
    void what_the_rules_allow_the_case_does_and_what_they_refuse_it_refuses_for_the_same_reason() {
        var history = CaseHistories.eventful();
        int checked = 0;
        var seen = new ArrayList<CaseStatus>();
        for (int length = 1; length <= history.size(); length++) {
            List<CaseEvent> given = history.subList(0, length);
            var state = CaseState.of(given);
            seen.add(state.status());
            for (var actor : STAFF) {
                var allowed = CaseActionRules.of(state, length - 1, actor);
                for (var action : CaseAction.values()) {
                    var command = commandFor(action, actor);
                    if (command.isEmpty()) {
                        continue;
                    }
                    var expected = allowed.refusal(action);
                    fixture.given(List.<Object>copyOf(given))
                            .when(command.get())
                            .expectSuccessfulHandlerExecution()
                            .expectResultMessagePayloadMatching(outcome(action, actor, state, expected));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(2000);
        assertThat(seen)
                .contains(
                        CaseStatus.FILED,
                        CaseStatus.ACCEPTED,
                        CaseStatus.ASSIGNED,
                        CaseStatus.IN_PROGRESS,
                        CaseStatus.RETURNED,
                        CaseStatus.ANSWERED,
                        CaseStatus.RATED,
                        CaseStatus.CLOSED);
    }

    @Test
    void a_handler_is_offered_signing_for_an_assigned_case_of_their_own_department_and_nothing_it_would_refuse() {
        var state = CaseState.of(Cases.assignedTo("minzheng").events().stream()
                .map(CaseEvent.class::cast)
                .toList());

        var own = CaseActionRules.of(state, 3, Cases.handler("minzheng"));
        var other = CaseActionRules.of(state, 3, Cases.handler("guotu"));

        assertThat(own.allows(CaseAction.SIGN_FOR)).isTrue();
        assertThat(own.refusal(CaseAction.ANSWER)).contains(RefusalReason.NOT_SIGNED_FOR);
        assertThat(own.refusal(CaseAction.ACCEPT)).contains(RefusalReason.ROLE_NOT_ALLOWED);
        assertThat(other.refusal(CaseAction.SIGN_FOR)).contains(RefusalReason.NOT_YOUR_DEPARTMENT);
        assertThat(own.version()).isEqualTo(3);
    }

    @Test
    void an_accepted_case_no_longer_offers_accepting_to_the_intake_desk() {
        var state = CaseState.of(
                Cases.accepted().events().stream().map(CaseEvent.class::cast).toList());

        var desk = CaseActionRules.of(state, 1, Cases.intake());

        assertThat(desk.refusal(CaseAction.ACCEPT)).contains(RefusalReason.WRONG_STATE);
        assertThat(desk.allows(CaseAction.ASSIGN)).isTrue();
    }

    private static TypeSafeMatcher<Object> outcome(
            CaseAction action, Actor actor, CaseState state, Optional<RefusalReason> expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object payload) {
                return expected.isEmpty()
                        ? payload instanceof CommandOutcome.Done
                        : payload instanceof CommandOutcome.Refused refused && refused.reason() == expected.get();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(action + " by " + actor + " on a case " + state.status() + ": "
                        + expected.map(reason -> "refused " + reason).orElse("done"));
            }
        };
    }
}
