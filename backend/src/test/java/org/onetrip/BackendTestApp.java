package org.onetrip;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The backend as the portal runs it (cases, calendar, integrity, REST), without Vaadin and the search
 * node: real Axon on a private in-memory H2 database. It lives in {@code org.onetrip} so that entity
 * scanning finds the backend's tables as the application's does.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = "org.onetrip",
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*(Test|TestContext|TestApp)(\\$.*)?"))
public class BackendTestApp {

    public static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        var properties = new ArrayList<>(List.of(
                "spring.datasource.url=jdbc:h2:mem:backend-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "spring.jpa.hibernate.ddl-auto=create-drop",
                "onetrip.data-dir=" + dataDir,
                "onetrip.integrity.checkpoint.cron=-",
                "onetrip.integrity.checkpoint.settle=PT0S",
                "onetrip.privacy.retention=-",
                // the outbox appends to case timelines on its own thread; tests that want it turn it on
                "onetrip.notifications.enabled=false",
                "axon.axonserver.enabled=false",
                "axon.serializer.general=jackson",
                "axon.serializer.events=jackson",
                "axon.serializer.messages=jackson",
                "spring.jackson.serialization.write-dates-as-timestamps=false",
                "spring.main.banner-mode=off",
                "server.port=0"));
        properties.addAll(List.of(extra));
        var byKey = new java.util.LinkedHashMap<String, String>();
        properties.forEach(p -> byKey.put(p.substring(0, p.indexOf('=')), p));
        return new SpringApplicationBuilder(BackendTestApp.class)
                .web(WebApplicationType.SERVLET)
                .run(byKey.values().stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
