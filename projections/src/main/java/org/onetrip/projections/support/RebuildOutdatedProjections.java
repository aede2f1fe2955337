package org.onetrip.projections.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * After an upgrade that changed a projection's index definition, rebuilds that projection on its own
 * (blue/green, in the background: searches keep answering from the old generation until the new one is
 * complete), so an operator never has to remember a manual replay.
 */
@Component
@ConditionalOnProperty(name = "onetrip.projections.rebuild-outdated", havingValue = "true", matchIfMissing = true)
public class RebuildOutdatedProjections implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildOutdatedProjections.class);

    private final ProjectionReplayer replayer;
    private final Environment environment;

    public RebuildOutdatedProjections(ProjectionReplayer replayer, Environment environment) {
        this.replayer = replayer;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.containsProperty("onetrip.replay")) {
            return;
        }
        var outdated = replayer.outdated();
        if (outdated.isEmpty()) {
            return;
        }
        log.warn(
                "Projections {} were built from an older index definition; rebuilding them in the background",
                outdated);
        for (var projection : outdated) {
            try {
                replayer.start(projection, "start-up", "outdated index definition");
            } catch (RuntimeException e) {
                log.error(
                        "Rebuilding the outdated projection {} could not start; rebuild it from the admin page",
                        projection,
                        e);
            }
        }
    }
}
