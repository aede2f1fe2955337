package org.onetrip.projections.support;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    private final Duration timeout;

    public RebuildOutdatedProjections(
            ProjectionReplayer replayer,
            Environment environment,
            @Value("${onetrip.replay-timeout:PT2H}") Duration timeout) {
        this.replayer = replayer;
        this.environment = environment;
        this.timeout = timeout;
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
        var rebuild = new Thread(
                () -> {
                    for (var projection : outdated) {
                        try {
                            replayer.replayAndWait(projection, timeout);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (RuntimeException e) {
                            log.error(
                                    "Rebuilding the outdated projection {} failed; rebuild it from the admin page",
                                    projection,
                                    e);
                        }
                    }
                },
                "rebuild-outdated-projections");
        rebuild.setDaemon(true);
        rebuild.start();
    }
}
