package org.onetrip.cases.command;

import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.NOW;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.onetrip.cases.api.CaseCommand;
import org.onetrip.cases.api.CaseCommandRefusedEvent;
import org.onetrip.cases.api.CaseCommandRefusedException;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.command.AesGcmContactVault;
import org.onetrip.privacy.command.InMemoryContactKeyStore;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.testing.TestCalendar;

/**
 * An {@link AggregateTestFixture} for {@link Case} with the real resources its handlers take: event
 * contexts on a fixed clock ({@link Cases#NOW}) with ids "e-1", "e-2", … counted afresh for each test,
 * the shipped department directory, and the calendar deadline policy on the shipped 2025/2026 calendar.
 */
abstract class CaseFixtureTest {

    protected FixtureConfiguration<Case> fixture;

    /** Contact keys of every fixture; aggregate tests read and check what the case encrypted. */
    static final InMemoryContactKeyStore KEYS = new InMemoryContactKeyStore();

    static final AesGcmContactVault VAULT = new AesGcmContactVault(KEYS);

    @BeforeEach
    void newFixture() {
        fixture = fixtureWith(CaseDeadlineProperties.defaults());
    }

    static FixtureConfiguration<Case> fixtureWith(CaseDeadlineProperties limits) {
        AtomicInteger eventNumber = new AtomicInteger();
        FixtureConfiguration<Case> configured = new AggregateTestFixture<>(Case.class);
        configured.registerInjectableResource(
                new EventContexts(Clock.fixed(NOW, ZoneOffset.UTC), () -> "e-" + eventNumber.incrementAndGet()));
        configured.registerInjectableResource(DepartmentDirectory.fromClasspath(new ObjectMapper()));
        configured.registerInjectableResource(new CalendarDeadlinePolicy(limits, TestCalendar.seeded2025And2026()));
        configured.registerInjectableResource(new AesGcmContactVault(KEYS));
        return configured;
    }

    protected TestExecutor<Case> given(Cases.History history) {
        return fixture.given(history.events());
    }

    /** The context of the n-th event the command under test records. */
    static EventContext context(int n, Actor actor, Channel channel) {
        return new EventContext("e-" + n, actor, channel, NOW);
    }

    static EventContext context(int n, Actor actor) {
        return context(n, actor, Cases.channelOf(actor));
    }

    /** The first event of the command under test: {@code context(1, actor)}. */
    static EventContext by(Actor actor) {
        return context(1, actor);
    }

    /**
     * A staff command that breaks a rule is answered with {@link CommandOutcome.Refused} and recorded
     * as a {@link CaseCommandRefusedEvent}, with the same reason and detail, and nothing else happens.
     */
    static ResultValidator<Case> expectRecordedRefusal(
            TestExecutor<Case> given, CaseCommand command, RefusalReason reason, String detail) {
        return given.when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseCommandRefusedEvent(
                        CASE_ID,
                        context(1, command.actor(), command.channel()),
                        command.getClass().getSimpleName(),
                        reason,
                        detail))
                .expectResultMessagePayload(new CommandOutcome.Refused(reason, detail));
    }

    /** The public's refused attempts are thrown back and leave no trace. */
    static ResultValidator<Case> expectUnrecordedRefusal(
            TestExecutor<Case> given, Object command, RefusalReason reason) {
        return given.when(command).expectException(refusedBecause(reason)).expectNoEvents();
    }

    /** A command whose content is malformed is rejected before any rule is looked at; nothing is stored. */
    static ResultValidator<Case> expectInvalid(TestExecutor<Case> given, Object command, String field) {
        return given.when(command).expectException(invalidField(field)).expectNoEvents();
    }

    static Matcher<Throwable> refusedBecause(RefusalReason reason) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof CaseCommandRefusedException refused && refused.reason() == reason;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a CaseCommandRefusedException for " + reason);
            }
        };
    }

    static Matcher<Throwable> invalidField(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof InvalidCommandException invalid && field.equals(invalid.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an InvalidCommandException on field " + field);
            }
        };
    }
}
