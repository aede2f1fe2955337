package org.onetrip.command;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The jar's command-line runs ({@code --onetrip.verify-integrity}, {@code --onetrip.migrate-to-kurrent}, or any
 * start with {@code spring.main.web-application-type=none}) have no web server, so the portal's Vaadin
 * auto-configuration, which needs a web application context, is left out: the command runs instead of failing
 * to start.
 */
public class CommandModeEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String VAADIN = String.join(
            ",",
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
            "com.vaadin.flow.spring.VaadinScopesConfig");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!isCommand(environment)) {
            return;
        }
        var excluded = environment.getProperty("spring.autoconfigure.exclude", "");
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "onetrip-command-mode",
                        Map.of(
                                "spring.main.web-application-type",
                                "none",
                                "spring.main.lazy-initialization",
                                "true",
                                "spring.autoconfigure.exclude",
                                excluded.isBlank() ? VAADIN : excluded + "," + VAADIN)));
    }

    static boolean isCommand(ConfigurableEnvironment environment) {
        return flag(environment, "onetrip.verify-integrity")
                || environment.containsProperty("onetrip.migrate-to-kurrent")
                || "none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""));
    }

    private static boolean flag(ConfigurableEnvironment environment, String name) {
        return environment.containsProperty(name) && !"false".equalsIgnoreCase(environment.getProperty(name));
    }

    /** After the backend's command modes have set their own properties. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
