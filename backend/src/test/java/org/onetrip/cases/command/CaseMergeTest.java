package org.onetrip.cases.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.cases.command.Cases.DESCRIPTION;
import static org.onetrip.cases.command.Cases.NOW;
import static org.onetrip.cases.command.Cases.RECEIPT_CODE;
import static org.onetrip.cases.command.Cases.TITLE;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.intake;
import static org.onetrip.cases.command.Cases.publicPerson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseCommandRefusedEvent;
import org.onetrip.cases.api.CaseCommandRefusedException;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.DeclineCaseCommand;
import org.onetrip.cases.api.DuplicateCaseMergedEvent;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.MergeCaseCommand;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.testing.TestCalendar;

/**
 * 并单 spans two aggregates, so it runs on real Axon components rather than the single-aggregate
 * fixture: an event-sourcing repository over an embedded event store on an in-memory engine, a
 * simple command bus with the aggregate's command handler and the {@link CaseMergeHandler}, and the
 * case's resources injected through a parameter resolver factory.
 */
class CaseMergeTest {

    private static final String DUPLICATE = "case-dup";
    private static final String PRIMARY = "case-primary";

    private final AtomicInteger eventNumber = new AtomicInteger();
    private EmbeddedEventStore eventStore;
    private CommandGateway commands;

    @BeforeEach
    void wireRealAxonComponents() {
        var contexts = new EventContexts(Clock.fixed(NOW, ZoneOffset.UTC), () -> "e-" + eventNumber.incrementAndGet());
        var departments = DepartmentDirectory.fromClasspath(new ObjectMapper());
        var deadlines = new CalendarDeadlinePolicy(CaseDeadlineProperties.defaults(), TestCalendar.seeded2025And2026());
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Case.class),
                new SimpleResourceParameterResolverFactory(
                        List.of(contexts, departments, deadlines, CaseFixtureTest.VAULT)));

        eventStore = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        EventSourcingRepository<Case> repository = EventSourcingRepository.builder(Case.class)
                .eventStore(eventStore)
                .parameterResolverFactory(resolvers)
                .build();
        var bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Case>builder()
                .aggregateType(Case.class)
                .repository(repository)
                .parameterResolverFactory(resolvers)
                .build()
                .subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(new CaseMergeHandler(repository, contexts), resolvers).subscribe(bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void merging_a_duplicate_records_the_merge_on_both_cases_and_both_keep_their_history() {
        fileAndAccept(DUPLICATE);
        fileAndAccept(PRIMARY);
        var next = eventNumber.get();

        CommandOutcome outcome = commands.sendAndWait(merge(DUPLICATE, PRIMARY, intake(), "same pothole, same street"));

        assertThat(outcome).isEqualTo(new CommandOutcome.Done(CaseStatus.MERGED));
        assertThat(payloads(DUPLICATE))
                .hasSize(3)
                .satisfies(events -> assertThat(events.get(0)).isInstanceOf(CaseFiledEvent.class))
                .satisfies(events -> assertThat(events.get(1)).isInstanceOf(CaseAcceptedEvent.class))
                .endsWith(new CaseMergedIntoEvent(
                        DUPLICATE, context(next + 1, intake()), PRIMARY, "same pothole, same street"));
        assertThat(payloads(PRIMARY))
                .hasSize(3)
                .satisfies(events -> assertThat(events.get(0)).isInstanceOf(CaseFiledEvent.class))
                .satisfies(events -> assertThat(events.get(1)).isInstanceOf(CaseAcceptedEvent.class))
                .endsWith(new DuplicateCaseMergedEvent(
                        PRIMARY, context(next + 2, intake()), DUPLICATE, "same pothole, same street"));
        assertThat(sequenceNumbers(DUPLICATE)).containsExactly(0L, 1L, 2L);
        assertThat(sequenceNumbers(PRIMARY)).containsExactly(0L, 1L, 2L);
    }

    @Test
    void a_case_cannot_be_merged_into_itself() {
        fileAndAccept(DUPLICATE);
        var next = eventNumber.get();

        CommandOutcome outcome = commands.sendAndWait(merge(DUPLICATE, DUPLICATE, intake(), "oops"));

        assertThat(outcome)
                .isEqualTo(new CommandOutcome.Refused(
                        RefusalReason.CANNOT_MERGE_INTO_ITSELF, "a case cannot be merged into itself"));
        assertThat(payloads(DUPLICATE))
                .hasSize(3)
                .last()
                .isEqualTo(new CaseCommandRefusedEvent(
                        DUPLICATE,
                        context(next + 1, intake()),
                        "MergeCaseCommand",
                        RefusalReason.CANNOT_MERGE_INTO_ITSELF,
                        "a case cannot be merged into itself"));
    }

    @Test
    void merging_into_a_case_that_does_not_exist_is_refused_and_recorded_on_the_duplicate() {
        fileAndAccept(DUPLICATE);
        var next = eventNumber.get();

        CommandOutcome outcome = commands.sendAndWait(merge(DUPLICATE, "case-nope", intake(), "same matter"));

        assertThat(outcome)
                .isEqualTo(
                        new CommandOutcome.Refused(RefusalReason.MERGE_TARGET_UNAVAILABLE, "no case case-nope exists"));
        assertThat(payloads(DUPLICATE))
                .hasSize(3)
                .last()
                .isEqualTo(new CaseCommandRefusedEvent(
                        DUPLICATE,
                        context(next + 1, intake()),
                        "MergeCaseCommand",
                        RefusalReason.MERGE_TARGET_UNAVAILABLE,
                        "no case case-nope exists"));
        assertThat(payloads("case-nope"))
                .as("no stream is created for the missing primary")
                .isEmpty();
    }

    @Test
    void merging_into_a_declined_case_is_refused() {
        fileAndAccept(DUPLICATE);
        file(PRIMARY);
        commands.sendAndWait(
                new DeclineCaseCommand(PRIMARY, intake(), Channel.WORKBENCH, "not a township matter", null));
        var next = eventNumber.get();

        CommandOutcome outcome = commands.sendAndWait(merge(DUPLICATE, PRIMARY, intake(), "same matter"));

        assertThat(outcome)
                .isEqualTo(new CommandOutcome.Refused(
                        RefusalReason.MERGE_TARGET_UNAVAILABLE, "the primary case is DECLINED"));
        assertThat(payloads(DUPLICATE))
                .last()
                .isEqualTo(new CaseCommandRefusedEvent(
                        DUPLICATE,
                        context(next + 1, intake()),
                        "MergeCaseCommand",
                        RefusalReason.MERGE_TARGET_UNAVAILABLE,
                        "the primary case is DECLINED"));
        assertThat(payloads(PRIMARY)).hasSize(2).last().isInstanceOf(CaseDeclinedEvent.class);
    }

    @Test
    void merging_into_a_case_that_was_itself_merged_is_refused() {
        fileAndAccept(DUPLICATE);
        fileAndAccept(PRIMARY);
        fileAndAccept("case-third");
        commands.sendAndWait(merge(PRIMARY, "case-third", intake(), "same matter"));
        var next = eventNumber.get();

        CommandOutcome outcome = commands.sendAndWait(merge(DUPLICATE, PRIMARY, intake(), "same matter"));

        assertThat(outcome)
                .isEqualTo(new CommandOutcome.Refused(
                        RefusalReason.MERGE_TARGET_UNAVAILABLE, "the primary case is MERGED"));
        assertThat(payloads(DUPLICATE))
                .last()
                .isEqualTo(new CaseCommandRefusedEvent(
                        DUPLICATE,
                        context(next + 1, intake()),
                        "MergeCaseCommand",
                        RefusalReason.MERGE_TARGET_UNAVAILABLE,
                        "the primary case is MERGED"));
        assertThat(payloads(PRIMARY)).hasSize(3).last().isInstanceOf(CaseMergedIntoEvent.class);
        assertThat(payloads("case-third")).hasSize(3).last().isInstanceOf(DuplicateCaseMergedEvent.class);
    }

    @Test
    void a_merged_case_refuses_further_commands() {
        fileAndAccept(DUPLICATE);
        fileAndAccept(PRIMARY);
        commands.sendAndWait(merge(DUPLICATE, PRIMARY, intake(), "same matter"));
        var next = eventNumber.get();

        CommandOutcome assigned = commands.sendAndWait(
                new AssignCaseCommand(DUPLICATE, intake(), Channel.WORKBENCH, "guotu", null, null, null));
        CommandOutcome mergedAgain = commands.sendAndWait(merge(DUPLICATE, PRIMARY, intake(), "once more"));

        var finalRefusal =
                new CommandOutcome.Refused(RefusalReason.CASE_IS_FINAL, "the case is MERGED; nothing more can be done");
        assertThat(assigned).isEqualTo(finalRefusal);
        assertThat(mergedAgain).isEqualTo(finalRefusal);
        assertThat(payloads(DUPLICATE))
                .hasSize(5)
                .endsWith(
                        new CaseCommandRefusedEvent(
                                DUPLICATE,
                                context(next + 1, intake()),
                                "AssignCaseCommand",
                                RefusalReason.CASE_IS_FINAL,
                                "the case is MERGED; nothing more can be done"),
                        new CaseCommandRefusedEvent(
                                DUPLICATE,
                                context(next + 2, intake()),
                                "MergeCaseCommand",
                                RefusalReason.CASE_IS_FINAL,
                                "the case is MERGED; nothing more can be done"));
        assertThat(payloads(PRIMARY))
                .as("the primary absorbs the duplicate once")
                .hasSize(3);
    }

    @Test
    void only_intake_merges_cases() {
        fileAndAccept(DUPLICATE);
        fileAndAccept(PRIMARY);
        var next = eventNumber.get();

        CommandOutcome outcome = commands.sendAndWait(merge(DUPLICATE, PRIMARY, handler("guotu"), "same matter"));

        assertThat(outcome)
                .isEqualTo(new CommandOutcome.Refused(RefusalReason.ROLE_NOT_ALLOWED, "HANDLER may not merge case"));
        assertThat(payloads(DUPLICATE))
                .hasSize(3)
                .last()
                .isEqualTo(new CaseCommandRefusedEvent(
                        DUPLICATE,
                        context(next + 1, handler("guotu")),
                        "MergeCaseCommand",
                        RefusalReason.ROLE_NOT_ALLOWED,
                        "HANDLER may not merge case"));
        assertThat(payloads(PRIMARY)).hasSize(2);
    }

    @Test
    void the_public_cannot_merge_and_the_attempt_leaves_no_trace() {
        fileAndAccept(DUPLICATE);
        fileAndAccept(PRIMARY);

        assertThatThrownBy(() -> commands.sendAndWait(merge(DUPLICATE, PRIMARY, publicPerson(), "mine is the same")))
                .isInstanceOfSatisfying(
                        CaseCommandRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.ROLE_NOT_ALLOWED));
        assertThat(payloads(DUPLICATE)).hasSize(2);
        assertThat(payloads(PRIMARY)).hasSize(2);
    }

    @Test
    void a_merge_needs_a_reason_and_nothing_is_stored_without_one() {
        fileAndAccept(DUPLICATE);
        fileAndAccept(PRIMARY);

        assertThatThrownBy(() -> commands.sendAndWait(merge(DUPLICATE, PRIMARY, intake(), " ")))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("reason"));
        assertThat(payloads(DUPLICATE)).hasSize(2);
        assertThat(payloads(PRIMARY)).hasSize(2);
    }

    @Test
    void an_auditor_merging_into_a_missing_case_is_refused_for_the_role_first() {
        fileAndAccept(DUPLICATE);

        CommandOutcome outcome = commands.sendAndWait(merge(DUPLICATE, "case-nope", Cases.auditor(), "same"));

        assertThat(outcome)
                .isEqualTo(new CommandOutcome.Refused(RefusalReason.ROLE_NOT_ALLOWED, "AUDITOR may not merge case"));
    }

    @Test
    void a_merged_case_merged_into_a_missing_case_is_refused_as_final() {
        fileAndAccept(DUPLICATE);
        fileAndAccept(PRIMARY);
        commands.sendAndWait(merge(DUPLICATE, PRIMARY, intake(), "same matter"));

        CommandOutcome outcome = commands.sendAndWait(merge(DUPLICATE, "case-nope", intake(), "again"));

        assertThat(outcome)
                .isEqualTo(new CommandOutcome.Refused(
                        RefusalReason.CASE_IS_FINAL, "the case is MERGED; nothing more can be done"));
    }

    @Test
    void a_merge_into_a_missing_case_without_reason_is_invalid() {
        fileAndAccept(DUPLICATE);

        assertThatThrownBy(() -> commands.sendAndWait(merge(DUPLICATE, "case-nope", intake(), "")))
                .isInstanceOf(InvalidCommandException.class);
        assertThat(payloads(DUPLICATE)).hasSize(2);
    }

    @Test
    void a_merge_must_name_the_primary_case() {
        fileAndAccept(DUPLICATE);

        assertThatThrownBy(() -> commands.sendAndWait(merge(DUPLICATE, null, intake(), "same matter")))
                .isInstanceOf(InvalidCommandException.class);
        assertThat(payloads(DUPLICATE)).hasSize(2);
    }

    // ---- helpers

    private void file(String caseId) {
        commands.sendAndWait(new FileCaseCommand(
                caseId,
                intake(),
                Channel.HOTLINE,
                RECEIPT_CODE,
                CaseKind.COMPLAINT,
                null,
                TITLE,
                DESCRIPTION,
                null,
                null,
                null));
    }

    private void fileAndAccept(String caseId) {
        file(caseId);
        CommandOutcome accepted =
                commands.sendAndWait(new AcceptCaseCommand(caseId, intake(), Channel.WORKBENCH, null, null));
        assertThat(accepted).isEqualTo(new CommandOutcome.Done(CaseStatus.ACCEPTED));
    }

    private static MergeCaseCommand merge(String duplicate, String primary, Actor actor, String reason) {
        return new MergeCaseCommand(duplicate, actor, Cases.channelOf(actor), primary, reason, null);
    }

    private static EventContext context(int n, Actor actor) {
        return new EventContext("e-" + n, actor, Cases.channelOf(actor), NOW);
    }

    private List<Object> payloads(String caseId) {
        return eventStore
                .readEvents(caseId)
                .asStream()
                .map(Message::getPayload)
                .map(Object.class::cast)
                .toList();
    }

    private List<Long> sequenceNumbers(String caseId) {
        return eventStore
                .readEvents(caseId)
                .asStream()
                .map(DomainEventMessage::getSequenceNumber)
                .toList();
    }
}
