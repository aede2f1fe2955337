package org.onetrip.integrity.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.integrity.api.ReceiptKeyRotationRefusalReason;
import org.onetrip.integrity.api.ReceiptSigningKeyRotatedEvent;
import org.onetrip.integrity.api.ReceiptSigningKeyRotationRejectedException;
import org.onetrip.integrity.api.RotateReceiptSigningKeyCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

class ReceiptSigningKeyRingTest {

    static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    static final String RING = ReceiptSigningKeyRing.RING_ID;
    static final Actor ADMIN = new Actor("admin", Role.ADMIN, null);

    AggregateTestFixture<ReceiptSigningKeyRing> fixture;
    final AtomicLong ids = new AtomicLong();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReceiptSigningKeyRing.class);
        fixture.registerInjectableResource(
                new EventContexts(Clock.fixed(NOW, ZoneOffset.UTC), () -> "e-" + ids.incrementAndGet()));
    }

    static ReceiptSigningKeyRotatedEvent rotated(String retired, int retiredGeneration, String next, int generation) {
        return new ReceiptSigningKeyRotatedEvent(
                RING,
                new EventContext("e-0", ADMIN, Channel.WORKBENCH, NOW),
                retired,
                retiredGeneration,
                next,
                generation);
    }

    @Test
    void an_administrator_retires_the_first_key_for_the_second_and_the_event_names_both_by_id() {
        fixture.givenNoPriorActivity()
                .when(new RotateReceiptSigningKeyCommand(RING, ADMIN, "k1", 1, "k2", 2))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReceiptSigningKeyRotatedEvent(
                        RING, new EventContext("e-1", ADMIN, Channel.WORKBENCH, NOW), "k1", 1, "k2", 2));
    }

    @Test
    void nobody_but_an_administrator_rotates_the_key() {
        for (var role : new Role[] {Role.AUDITOR, Role.INTAKE, Role.SYSTEM, Role.PUBLIC}) {
            var someone = role == Role.PUBLIC ? Actor.PUBLIC : new Actor("someone", role, null);
            fixture.givenNoPriorActivity()
                    .when(new RotateReceiptSigningKeyCommand(RING, someone, "k1", 1, "k2", 2))
                    .expectException(refused(ReceiptKeyRotationRefusalReason.NOT_ADMINISTRATOR))
                    .expectNoEvents();
        }
    }

    @Test
    void generations_only_go_up_so_a_stale_rotation_is_refused() {
        fixture.given(rotated("k1", 1, "k2", 2), rotated("k2", 2, "k3", 3))
                .when(new RotateReceiptSigningKeyCommand(RING, ADMIN, "k2", 2, "k4", 3))
                .expectException(refused(ReceiptKeyRotationRefusalReason.GENERATION_NOT_NEXT))
                .expectNoEvents();
    }

    @Test
    void a_retired_key_is_never_brought_back() {
        fixture.given(rotated("k1", 1, "k2", 2))
                .when(new RotateReceiptSigningKeyCommand(RING, ADMIN, "k2", 2, "k1", 3))
                .expectException(refused(ReceiptKeyRotationRefusalReason.KEY_ALREADY_USED))
                .expectNoEvents();
    }

    @Test
    void the_new_key_must_differ_from_the_retired_one_and_both_must_be_named() {
        fixture.givenNoPriorActivity()
                .when(new RotateReceiptSigningKeyCommand(RING, ADMIN, "k1", 1, "k1", 2))
                .expectException(refused(ReceiptKeyRotationRefusalReason.SAME_KEY));
        fixture.givenNoPriorActivity()
                .when(new RotateReceiptSigningKeyCommand(RING, ADMIN, " ", 1, "k2", 2))
                .expectException(refused(ReceiptKeyRotationRefusalReason.KEYS_NOT_NAMED));
        fixture.givenNoPriorActivity()
                .when(new RotateReceiptSigningKeyCommand(RING, ADMIN, "k1", 2, "k2", 2))
                .expectException(refused(ReceiptKeyRotationRefusalReason.GENERATION_NOT_NEXT));
    }

    @Test
    void the_last_key_put_in_force_is_not_put_in_force_again() {
        fixture.given(rotated("k1", 1, "k2", 2))
                .when(new RotateReceiptSigningKeyCommand(RING, ADMIN, "k3", 2, "k2", 3))
                .expectException(refused(ReceiptKeyRotationRefusalReason.KEY_ALREADY_USED))
                .expectNoEvents();
    }

    @Test
    void the_next_rotation_follows_the_last_one() {
        fixture.given(rotated("k1", 1, "k2", 2))
                .when(new RotateReceiptSigningKeyCommand(RING, ADMIN, "k2", 2, "k3", 3))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReceiptSigningKeyRotatedEvent(
                        RING, new EventContext("e-1", ADMIN, Channel.WORKBENCH, NOW), "k2", 2, "k3", 3));
    }

    /** The rule that refused, which the administrator's screen words; the English message is for the log. */
    static Matcher<ReceiptSigningKeyRotationRejectedException> refused(ReceiptKeyRotationRefusalReason reason) {
        return new CustomTypeSafeMatcher<>("refused for " + reason) {
            @Override
            protected boolean matchesSafely(ReceiptSigningKeyRotationRejectedException rejected) {
                return rejected.reason() == reason;
            }
        };
    }
}
