package org.onetrip.calendar.seed;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.onetrip.cluster.StartupPhases;
import org.onetrip.cluster.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the calendar while the application starts, before its port opens, so that no deadline is computed on a
 * calendar without this year's holidays. Under a cluster-wide lock: of two instances starting together one seeds,
 * and the other does not try to publish the same years at the same moment.
 */
@Component
@ConditionalOnProperty(name = "onetrip.calendar.seed", havingValue = "true", matchIfMissing = true)
public class CalendarSeeding extends StartupStep {

    private static final Logger log = LoggerFactory.getLogger(CalendarSeeding.class);

    private final CalendarSeeder seeder;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    public CalendarSeeding(CalendarSeeder seeder, LockingTaskExecutor locks, Clock clock) {
        super(StartupPhases.SEED_CALENDAR);
        this.seeder = seeder;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    protected void run() {
        LockingTaskExecutor.TaskResult<java.util.List<Integer>> result;
        try {
            result = locks.executeWithLock(
                    seeder::seed,
                    new LockConfiguration(clock.instant(), "calendar-seed", Duration.ofMinutes(5), Duration.ZERO));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("seeding the calendar failed", e);
        }
        if (!result.wasExecuted()) {
            log.info("Another instance is seeding the calendar");
        }
    }
}
