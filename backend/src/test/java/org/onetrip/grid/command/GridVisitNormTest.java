package org.onetrip.grid.command;

import static org.onetrip.grid.command.GridFixtures.ADMIN;
import static org.onetrip.grid.command.GridFixtures.MANAGER;
import static org.onetrip.grid.command.GridFixtures.OUTSIDER;
import static org.onetrip.grid.command.GridFixtures.context;

import java.time.YearMonth;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.onetrip.grid.api.GridRefusalReason;
import org.onetrip.grid.api.GridRefusedException;
import org.onetrip.grid.api.GridVisitNormSetEvent;
import org.onetrip.grid.api.GridVisitNorms;
import org.onetrip.grid.api.SetGridVisitNormCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;

/** The visit norm: recorded once by the system, changed by the party office from a coming month only. */
class GridVisitNormTest {

    static final GridVisitNormSetEvent SEEDED = new GridVisitNormSetEvent(
            GridVisitNorms.ID,
            new org.onetrip.shared.api.EventContext("given", Actor.SYSTEM, Channel.SYSTEM, GridFixtures.GIVEN_AT),
            1,
            null,
            "the plan");

    private static TestExecutor<GridVisitNorm> nothing() {
        return GridFixtures.setUp(GridVisitNorm.class).fixture().givenNoPriorActivity();
    }

    private static TestExecutor<GridVisitNorm> seeded() {
        return GridFixtures.setUp(GridVisitNorm.class).fixture().given(SEEDED);
    }

    @Test
    void the_system_records_the_plan_s_norm_as_the_first_one_in_force_since_always() {
        nothing()
                .when(SetGridVisitNormCommand.of(Actor.SYSTEM, Channel.SYSTEM, 1, null, "the plan"))
                .expectEvents(new GridVisitNormSetEvent(
                        GridVisitNorms.ID, context(1, Actor.SYSTEM, Channel.SYSTEM), 1, null, "the plan"));
    }

    @Test
    void the_party_office_raises_the_norm_from_next_month() {
        seeded().when(SetGridVisitNormCommand.of(MANAGER, Channel.WORKBENCH, 2, YearMonth.of(2026, 4), "汛期加密走访"))
                .expectEvents(new GridVisitNormSetEvent(
                        GridVisitNorms.ID, context(1, MANAGER), 2, YearMonth.of(2026, 4), "汛期加密走访"));
        seeded().when(SetGridVisitNormCommand.of(ADMIN, Channel.WORKBENCH, 1, YearMonth.of(2027, 1), "恢复"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_month_already_begun_keeps_its_norm() {
        seeded().when(SetGridVisitNormCommand.of(MANAGER, Channel.WORKBENCH, 2, YearMonth.of(2026, 3), "本月起"))
                .expectException(GridRefusedException.class)
                .expectNoEvents();
        seeded().when(SetGridVisitNormCommand.of(MANAGER, Channel.WORKBENCH, 2, YearMonth.of(2026, 2), "补记"))
                .expectException(new CustomTypeSafeMatcher<Throwable>("refused as in the past") {
                    @Override
                    protected boolean matchesSafely(Throwable item) {
                        return item instanceof GridRefusedException refused
                                && refused.reason() == GridRefusalReason.NORM_IN_THE_PAST;
                    }
                })
                .expectNoEvents();
    }

    @Test
    void only_the_party_office_or_an_administrator_changes_the_norm() {
        seeded().when(SetGridVisitNormCommand.of(OUTSIDER, Channel.WORKBENCH, 2, YearMonth.of(2026, 4), "想多走访"))
                .expectException(GridRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void the_norm_is_one_to_ten_visits_with_a_reason_and_the_first_is_set_once_by_the_system() {
        invalid(
                seeded(),
                SetGridVisitNormCommand.of(MANAGER, Channel.WORKBENCH, 0, YearMonth.of(2026, 4), "少"),
                "visitsPerCadrePerMonth");
        invalid(
                seeded(),
                SetGridVisitNormCommand.of(MANAGER, Channel.WORKBENCH, 11, YearMonth.of(2026, 4), "多"),
                "visitsPerCadrePerMonth");
        invalid(
                seeded(),
                SetGridVisitNormCommand.of(MANAGER, Channel.WORKBENCH, 2, YearMonth.of(2026, 4), " "),
                "reason");
        invalid(seeded(), SetGridVisitNormCommand.of(Actor.SYSTEM, Channel.SYSTEM, 1, null, "again"), "effectiveFrom");
        invalid(
                seeded(),
                SetGridVisitNormCommand.of(MANAGER, Channel.WORKBENCH, 2, null, "since always"),
                "effectiveFrom");
        invalid(
                nothing(),
                new SetGridVisitNormCommand("another-norm", Actor.SYSTEM, Channel.SYSTEM, 1, null, "the plan"),
                "normId");
    }

    private static void invalid(TestExecutor<GridVisitNorm> given, Object command, String field) {
        given.when(command)
                .expectException(new CustomTypeSafeMatcher<Throwable>("invalid " + field) {
                    @Override
                    protected boolean matchesSafely(Throwable item) {
                        return item instanceof InvalidCommandException invalid && field.equals(invalid.field());
                    }
                })
                .expectNoEvents();
    }
}
