package org.onetrip.startup;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

/**
 * Decides, before the context is created, whether a start uses the bean definitions the build prepared ahead of time
 * (spring-boot-maven-plugin's {@code process-aot}; a second less start-up, docs/benchmarks.md, round 15) or works them
 * out from the configuration classes as usual. The prepared definitions hold every condition as the build evaluated
 * it: the embedded default with its demo profile. They are used only when this start is configured like that: no
 * active profile and no setting a condition could read. Any other setting given on the command line, in a
 * configuration file outside the jar or in {@code SPRING_APPLICATION_JSON}, or under one of {@link #WATCHED} in a
 * system property or an environment variable, makes the start work its definitions out; so does a jar built without
 * them. {@code -Dspring.aot.enabled=true|false} overrides the decision.
 */
public final class AheadOfTimeStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** Settings that carry values only: no condition of the application or of its libraries reads them. */
    static final List<ConfigurationPropertyName> VALUES_ONLY = Stream.of(
                    "server.port",
                    "onetrip.data-dir",
                    "onetrip.search.embedded.http-port",
                    "onetrip.rate-limit",
                    "onetrip.cds-training",
                    "spring.main.banner-mode",
                    "spring.output.ansi.enabled",
                    // vaadin-spring sets a live-reload port at every start; DevTools is not in the jar
                    "spring.devtools.livereload.port",
                    "logging")
            .map(ConfigurationPropertyName::of)
            .toList();

    /** The namespaces conditions read, of the application and of the libraries it configures. */
    static final List<ConfigurationPropertyName> WATCHED = Stream.of(
                    "spring", "onetrip", "management", "server", "vaadin", "axon", "springdoc")
            .map(ConfigurationPropertyName::of)
            .toList();

    private static final Logger log = LoggerFactory.getLogger(AheadOfTimeStart.class);

    /** Set by Spring's AOT processor while the build prepares the definitions. */
    private static final String PROCESSING = "spring.aot.processing";

    private final Class<?> application;

    public AheadOfTimeStart(Class<?> application) {
        this.application = application;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (Boolean.getBoolean(PROCESSING) || SpringProperties.getProperty(AotDetector.AOT_ENABLED) != null) {
            return;
        }
        if (!ClassUtils.isPresent(
                application.getName() + "__ApplicationContextInitializer", application.getClassLoader())) {
            return;
        }
        var reason = reasonToWorkOut(event.getEnvironment());
        if (reason.isEmpty()) {
            SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        } else {
            log.info("Starting without the bean definitions prepared at build time: {}", reason.get());
        }
    }

    /** Empty when the prepared definitions fit this environment; otherwise what they do not fit. */
    static Optional<String> reasonToWorkOut(ConfigurableEnvironment environment) {
        if (environment.getActiveProfiles().length > 0) {
            return Optional.of("profile " + String.join(", ", environment.getActiveProfiles()) + " is active");
        }
        for (var source : environment.getPropertySources()) {
            var name = source.getName();
            boolean everything = name.equals("commandLineArgs")
                    || name.equals("spring.application.json")
                    || (name.startsWith("Config resource") && !name.contains("class path resource"));
            boolean watchedOnly = name.equals("systemProperties") || name.equals("systemEnvironment");
            if (!everything && !watchedOnly) {
                continue;
            }
            var configured = configured(source)
                    .filter(property -> everything || WATCHED.stream().anyMatch(prefix -> within(prefix, property)))
                    .filter(property -> VALUES_ONLY.stream().noneMatch(allowed -> within(allowed, property)))
                    .findFirst();
            if (configured.isPresent()) {
                return Optional.of(configured.get() + " is set (" + name + ")");
            }
        }
        return Optional.empty();
    }

    private static Stream<ConfigurationPropertyName> configured(PropertySource<?> source) {
        return ConfigurationPropertySource.from(source) instanceof IterableConfigurationPropertySource names
                ? names.stream()
                : Stream.empty();
    }

    private static boolean within(ConfigurationPropertyName prefix, ConfigurationPropertyName property) {
        return prefix.equals(property) || prefix.isAncestorOf(property);
    }

    @Override
    public int getOrder() {
        // after the logging system is set up, so that the decision can be logged
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
