package org.onetrip.projections.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line rebuild: {@code java -jar onetrip-portal.jar --onetrip.replay=all} (or a list of
 * projection names) rebuilds, waits until the new indices serve reads, reports and exits.
 */
@Component
@ConditionalOnProperty("onetrip.replay")
public class ReplayOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplayOnStartup.class);

    private final ProjectionReplayer replayer;
    private final ConfigurableApplicationContext context;
    private final String requested;
    private final Duration timeout;

    public ReplayOnStartup(
            ProjectionReplayer replayer,
            ConfigurableApplicationContext context,
            @Value("${onetrip.replay}") String requested,
            @Value("${onetrip.replay-timeout:PT2H}") Duration timeout) {
        this.replayer = replayer;
        this.context = context;
        this.requested = requested;
        this.timeout = timeout;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var names = "all".equals(requested.strip()) ? replayer.projections() : List.of(requested.split("\\s*,\\s*"));
        var unknown = new ArrayList<>(names);
        unknown.removeAll(replayer.projections());
        if (!unknown.isEmpty()) {
            log.error("Unknown projections {}; known: {}", unknown, replayer.projections());
            System.exit(SpringApplication.exit(context, () -> 2));
        }
        for (var name : names) {
            var status = replayer.replayAndWait(name, timeout, "command line", "--onetrip.replay");
            log.info(
                    "Projection {} rebuilt: {} ms",
                    name,
                    Duration.between(status.startedAt(), status.finishedAt()).toMillis());
        }
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
