package org.onetrip.disclosure.command;

import static org.onetrip.disclosure.api.DisclosureRefusalReason.CUT_OFF_IN_FUTURE;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.ROLE_NOT_ALLOWED;
import static org.onetrip.disclosure.command.DisclosureFixtures.ADMIN;
import static org.onetrip.disclosure.command.DisclosureFixtures.DISCIPLINE;
import static org.onetrip.disclosure.command.DisclosureFixtures.EDITOR;
import static org.onetrip.disclosure.command.DisclosureFixtures.context;
import static org.onetrip.disclosure.command.DisclosureFixtures.invalid;
import static org.onetrip.disclosure.command.DisclosureFixtures.thrownRefusal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.api.BulletinComputation;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.disclosure.api.BulletinPublishedEvent;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.api.PublishBulletinCommand;
import org.onetrip.shared.api.Channel;

/** {@link Bulletin}: the handler computes the figures itself and stores what makes them reproducible. */
class BulletinTest {

    static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    static final Instant FEBRUARY_START = Instant.parse("2026-01-31T16:00:00Z");
    static final Instant MARCH_START = Instant.parse("2026-02-28T16:00:00Z");
    static final DepartmentFigures ROW =
            new DepartmentFigures("minzheng", "民政所", 3, 2, 1, 50.0, 4.5, 1, 0, 1, 1, 1, 100.0, 0, 0, 0);
    static final BulletinFigures FIGURES = new BulletinFigures(List.of(ROW), ROW);

    private FixtureConfiguration<Bulletin> fixture;
    private final List<Instant[]> asked = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bulletin.class);
        fixture.registerInjectableResource(DisclosureFixtures.contexts());
        fixture.registerInjectableResource((BulletinFiguresSource) (start, cutOff) -> {
            asked.add(new Instant[] {start, cutOff});
            return new BulletinComputation(start, cutOff, 41, 17, 2, FIGURES);
        });
    }

    @Test
    void the_discipline_office_publishes_a_month_up_to_its_end_in_shanghai() {
        fixture.givenNoPriorActivity()
                .when(new PublishBulletinCommand("b-1", DISCIPLINE, Channel.WORKBENCH, " 2月通报 ", FEBRUARY, null))
                .expectEvents(new BulletinPublishedEvent(
                        "b-1",
                        context(1, DISCIPLINE),
                        "2月通报",
                        FEBRUARY,
                        FEBRUARY_START,
                        MARCH_START,
                        41,
                        17,
                        2,
                        FIGURES));
    }

    @Test
    void an_administrator_may_publish_an_interim_bulletin_with_an_earlier_cut_off() {
        var cutOff = Instant.parse("2026-02-15T00:00:00Z");
        fixture.givenNoPriorActivity()
                .when(new PublishBulletinCommand("b-1", ADMIN, Channel.WORKBENCH, "中期", FEBRUARY, cutOff))
                .expectEvents(new BulletinPublishedEvent(
                        "b-1", context(1, ADMIN), "中期", FEBRUARY, FEBRUARY_START, cutOff, 41, 17, 2, FIGURES));
    }

    @Test
    void others_may_not_publish_bulletins() {
        fixture.givenNoPriorActivity()
                .when(new PublishBulletinCommand("b-1", EDITOR, Channel.WORKBENCH, "通报", FEBRUARY, null))
                .expectException(thrownRefusal(ROLE_NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void a_cut_off_that_has_not_passed_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new PublishBulletinCommand(
                        "b-1", DISCIPLINE, Channel.WORKBENCH, "通报", YearMonth.of(2026, 3), null))
                .expectException(thrownRefusal(CUT_OFF_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void the_cut_off_falls_within_the_period_and_title_and_period_are_required() {
        fixture.givenNoPriorActivity()
                .when(new PublishBulletinCommand("b-1", DISCIPLINE, Channel.WORKBENCH, "通报", FEBRUARY, FEBRUARY_START))
                .expectException(invalid("cutOff"));
        setUp();
        fixture.givenNoPriorActivity()
                .when(new PublishBulletinCommand(
                        "b-1", DISCIPLINE, Channel.WORKBENCH, "通报", FEBRUARY, MARCH_START.plusSeconds(1)))
                .expectException(invalid("cutOff"));
        setUp();
        fixture.givenNoPriorActivity()
                .when(new PublishBulletinCommand("b-1", DISCIPLINE, Channel.WORKBENCH, " ", FEBRUARY, null))
                .expectException(invalid("title"));
        setUp();
        fixture.givenNoPriorActivity()
                .when(new PublishBulletinCommand("b-1", DISCIPLINE, Channel.WORKBENCH, "通报", null, null))
                .expectException(invalid("period"));
        setUp();
        fixture.givenNoPriorActivity()
                .when(PublishBulletinCommand.of(
                        DISCIPLINE,
                        Channel.WORKBENCH,
                        "通报",
                        YearMonth.of(999_999_999, 12),
                        null,
                        org.onetrip.calendar.query.WorkingDays.ZONE))
                .expectException(invalid("period"));
        for (var outOfRange : java.util.List.of(YearMonth.of(-1, 1), YearMonth.of(1, 1), YearMonth.of(1999, 12))) {
            setUp();
            fixture.givenNoPriorActivity()
                    .when(new PublishBulletinCommand("b-1", DISCIPLINE, Channel.WORKBENCH, "通报", outOfRange, null))
                    .expectException(invalid("period"));
        }
    }

    @Test
    void a_period_and_cut_off_make_the_bulletin_s_id_to_the_millisecond() {
        var zone = org.onetrip.calendar.query.WorkingDays.ZONE;
        var first = PublishBulletinCommand.of(DISCIPLINE, Channel.WORKBENCH, "通报", FEBRUARY, null, zone);
        var again = PublishBulletinCommand.of(ADMIN, Channel.WORKBENCH, "二月", FEBRUARY, null, zone);
        var interim = PublishBulletinCommand.of(
                DISCIPLINE, Channel.WORKBENCH, "中期", FEBRUARY, MARCH_START.minusMillis(1), zone);
        org.assertj.core.api.Assertions.assertThat(first.bulletinId())
                .isEqualTo(again.bulletinId())
                .isNotEqualTo(interim.bulletinId());
    }
}
