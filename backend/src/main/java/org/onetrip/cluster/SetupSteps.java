package org.onetrip.cluster;

import java.time.Clock;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One-time set-up work (demo data, demo accounts) decided by a marker row in {@code application_setup}, not by
 * looking at what else is in the database: a filing that arrives before the demo data no longer cancels it, and of
 * two instances starting together exactly one claims the step (the row's primary key decides). A step cut off by a
 * crash stays claimed and unfinished: it is reported, never run twice.
 */
public class SetupSteps {

    private static final Logger log = LoggerFactory.getLogger(SetupSteps.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String instanceId;

    public SetupSteps(JdbcTemplate jdbc, Clock clock, String instanceId) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    /** Runs {@code step} unless it was claimed before, here or by another instance; true when it ran now. */
    public boolean runOnce(String name, Runnable step) {
        try {
            jdbc.update(
                    "insert into application_setup (step, claimed_at, claimed_by) values (?, ?, ?)",
                    name,
                    clock.instant().atOffset(ZoneOffset.UTC),
                    instanceId);
        } catch (DuplicateKeyException claimed) {
            var unfinished = jdbc.queryForObject(
                    "select count(*) from application_setup where step = ? and completed_at is null", Long.class, name);
            if (unfinished != null && unfinished > 0) {
                log.warn(
                        "Set-up step {} was started earlier and never finished (a crash, or another instance is still"
                                + " at it); it is not run again",
                        name);
            }
            return false;
        }
        step.run();
        jdbc.update(
                "update application_setup set completed_at = ? where step = ?",
                clock.instant().atOffset(ZoneOffset.UTC),
                name);
        return true;
    }

    public boolean done(String name) {
        var count = jdbc.queryForObject(
                "select count(*) from application_setup where step = ? and completed_at is not null", Long.class, name);
        return count != null && count > 0;
    }
}
