package org.onetrip.integrity.command;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.onetrip.shared.api.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes a checkpoint on {@code onetrip.integrity.checkpoint.cron} (daily by default; "-" turns it off), on one
 * instance of the cluster (ShedLock).
 */
@Component
public class CheckpointSchedule {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final CheckpointCutter cutter;

    public CheckpointSchedule(CheckpointCutter cutter) {
        this.cutter = cutter;
    }

    @Scheduled(cron = "${onetrip.integrity.checkpoint.cron:0 5 0 * * *}")
    @SchedulerLock(name = "integrity-checkpoint", lockAtLeastFor = "PT1M", lockAtMostFor = "PT2H")
    public void publish() {
        try {
            cutter.cut(Actor.SYSTEM)
                    .ifPresent(c -> log.info(
                            "integrity checkpoint {} published: {} events, root {}",
                            c.number(),
                            c.eventCount(),
                            c.merkleRoot()));
        } catch (RuntimeException e) {
            log.error("integrity checkpoint could not be published; the next run covers the period", e);
        }
    }
}
