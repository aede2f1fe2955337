package org.onetrip.integrity.cli;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** {@code --onetrip.verify-integrity}: run as a command that only reads the event store. */
public class VerificationModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("onetrip.verify-integrity")
                && !"false".equalsIgnoreCase(environment.getProperty("onetrip.verify-integrity"))) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "onetrip-verification-mode",
                            Map.of(
                                    "spring.main.web-application-type", "none",
                                    "onetrip.demo-data", "false",
                                    "onetrip.calendar.seed", "false",
                                    "onetrip.integrity.checkpoint.cron", "-",
                                    "onetrip.privacy.retention", "-")));
        }
    }
}
