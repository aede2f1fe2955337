package org.onetrip.cases.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.cases.api.RefusalReason.ROLE_NOT_ALLOWED;
import static org.onetrip.cases.command.CaseCommands.accept;
import static org.onetrip.cases.command.CaseCommands.answer;
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
import static org.onetrip.cases.command.CaseCommands.requestExtension;
import static org.onetrip.cases.command.CaseCommands.returnCase;
import static org.onetrip.cases.command.CaseCommands.signFor;
import static org.onetrip.cases.command.CaseCommands.transfer;
import static org.onetrip.cases.command.Cases.accepted;
import static org.onetrip.cases.command.Cases.answeredBy;
import static org.onetrip.cases.command.Cases.assignedTo;
import static org.onetrip.cases.command.Cases.auditor;
import static org.onetrip.cases.command.Cases.discipline;
import static org.onetrip.cases.command.Cases.filed;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.intake;
import static org.onetrip.cases.command.Cases.publicPerson;
import static org.onetrip.cases.command.Cases.ratedBy;
import static org.onetrip.cases.command.Cases.signedForBy;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onetrip.cases.api.CaseCommand;
import org.onetrip.cases.api.CaseCommandRefusedEvent;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.Rating;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.command.CommandNames;

/**
 * Who may do what. Each scenario is a case in a state where the command would be carried out for
 * the rightful actor (checked too, so the refusals below are refusals for the role alone).
 */
class CaseRolesTest extends CaseFixtureTest {

    record Scenario(
            String name, Supplier<Cases.History> history, Function<Actor, CaseCommand> command, Actor rightful) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> everyCommand() {
        return Stream.of(
                new Scenario("accept", Cases::filed, CaseCommands::accept, intake()),
                new Scenario("decline", Cases::filed, a -> decline(a, "not ours"), intake()),
                new Scenario("assign", Cases::accepted, a -> assign(a, "guotu"), intake()),
                new Scenario("sign for", () -> assignedTo("guotu"), CaseCommands::signFor, handler("guotu")),
                new Scenario(
                        "progress note", () -> signedForBy("guotu"), a -> progressNote(a, "note"), handler("guotu")),
                new Scenario(
                        "request extension", () -> signedForBy("guotu"), a -> requestExtension(a, 3), handler("guotu")),
                new Scenario(
                        "approve extension",
                        () -> signedForBy("guotu").extensionRequested(3),
                        CaseCommands::approveExtension,
                        intake()),
                new Scenario(
                        "deny extension",
                        () -> signedForBy("guotu").extensionRequested(3),
                        a -> denyExtension(a, "no"),
                        intake()),
                new Scenario("return", () -> signedForBy("guotu"), a -> returnCase(a, "not ours"), handler("guotu")),
                new Scenario("transfer", () -> signedForBy("guotu"), a -> transfer(a, "linye"), intake()),
                new Scenario(
                        "propose transfer",
                        () -> signedForBy("guotu"),
                        a -> proposeTransfer(a, "linye"),
                        handler("guotu")),
                new Scenario(
                        "approve transfer",
                        () -> signedForBy("guotu").transferProposed("linye"),
                        CaseCommands::approveTransfer,
                        intake()),
                new Scenario(
                        "reject transfer",
                        () -> signedForBy("guotu").transferProposed("linye"),
                        a -> rejectTransfer(a, "it is yours"),
                        intake()),
                new Scenario("answer", () -> signedForBy("guotu"), a -> answer(a, "done"), handler("guotu")),
                new Scenario("rate", () -> answeredBy("guotu"), a -> rate(a, Rating.SATISFIED), intake()),
                new Scenario("reopen", () -> ratedBy("guotu", Rating.DISSATISFIED), a -> reopen(a, "bad"), intake()),
                new Scenario("close", () -> ratedBy("guotu", Rating.SATISFIED), a -> close(a, null), intake()),
                new Scenario(
                        "open supervision",
                        () -> signedForBy("guotu"),
                        a -> openSupervision(a, "returned twice"),
                        discipline()),
                new Scenario(
                        "conclude supervision",
                        () -> signedForBy("guotu").supervisionOpened(),
                        a -> concludeSupervision(a, "handled"),
                        discipline()),
                new Scenario(
                        "record accountability",
                        () -> signedForBy("guotu").supervisionOpened(),
                        a -> recordAccountability(a, "guotu"),
                        discipline()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void the_rightful_role_may_do_it(Scenario scenario) {
        given(scenario.history().get())
                .when(scenario.command().apply(scenario.rightful()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(CommandOutcome.Done.class))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.not(
                                        org.hamcrest.Matchers.instanceOf(CaseCommandRefusedEvent.class)),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void an_auditor_cannot_do_anything_and_the_attempt_is_recorded(Scenario scenario) {
        var command = scenario.command().apply(auditor());
        expectRecordedRefusal(
                given(scenario.history().get()),
                command,
                ROLE_NOT_ALLOWED,
                "AUDITOR may not " + CommandNames.action(command));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void an_administrator_does_not_handle_cases(Scenario scenario) {
        var command = scenario.command().apply(Cases.admin());
        expectRecordedRefusal(
                given(scenario.history().get()),
                command,
                ROLE_NOT_ALLOWED,
                "ADMIN may not " + CommandNames.action(command));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void the_public_may_only_rate_and_are_refused_anything_else_without_a_trace(Scenario scenario) {
        var command = scenario.command().apply(publicPerson());
        if (scenario.name().equals("rate")) {
            given(scenario.history().get()).when(command).expectSuccessfulHandlerExecution();
        } else {
            expectUnrecordedRefusal(given(scenario.history().get()), command, ROLE_NOT_ALLOWED);
        }
    }

    @Test
    void every_case_command_has_a_role_scenario() {
        assertThat(everyCommand()
                        .map(s -> s.command().apply(intake()).getClass())
                        .distinct()
                        .count())
                .as("all CaseCommand handlers on the aggregate (merge is tested in CaseMergeTest)")
                .isEqualTo(20);
    }

    @Test
    void intake_cannot_sign_for_a_case() {
        expectRecordedRefusal(
                given(assignedTo("guotu")), signFor(intake()), ROLE_NOT_ALLOWED, "INTAKE may not sign for case");
    }

    @Test
    void a_handler_cannot_assign_a_case_even_to_its_own_department() {
        expectRecordedRefusal(
                given(accepted()), assign(handler("guotu"), "guotu"), ROLE_NOT_ALLOWED, "HANDLER may not assign case");
    }

    @Test
    void discipline_supervises_but_does_not_accept_cases() {
        expectRecordedRefusal(given(filed()), accept(discipline()), ROLE_NOT_ALLOWED, "DISCIPLINE may not accept case");
    }

    @Test
    void discipline_supervises_but_does_not_answer_for_a_department() {
        expectRecordedRefusal(
                given(signedForBy("guotu")),
                answer(discipline(), "done"),
                ROLE_NOT_ALLOWED,
                "DISCIPLINE may not answer case");
    }

    @Test
    void the_refusal_records_who_tried_through_which_channel() {
        given(assignedTo("guotu"))
                .when(signFor(auditor()))
                .expectEvents(new CaseCommandRefusedEvent(
                        Cases.CASE_ID,
                        new org.onetrip.shared.api.EventContext(
                                "e-1", auditor(), org.onetrip.shared.api.Channel.WORKBENCH, Cases.NOW),
                        "SignForCaseCommand",
                        ROLE_NOT_ALLOWED,
                        "AUDITOR may not sign for case"));
    }
}
