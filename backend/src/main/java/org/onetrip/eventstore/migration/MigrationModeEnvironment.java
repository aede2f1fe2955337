package org.onetrip.eventstore.migration;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In migration mode ({@code onetrip.migrate-to-kurrent} set) the application runs as a command: no web
 * server, no demo data, no calendar seeding, so nothing but the migration touches the stores.
 */
public class MigrationModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("onetrip.migrate-to-kurrent")) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "onetrip-migration-mode",
                            Map.of(
                                    "spring.main.web-application-type", "none",
                                    "onetrip.demo-data", "false",
                                    "onetrip.calendar.seed", "false")));
        }
    }
}
