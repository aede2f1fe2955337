package org.onetrip.projections.search.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Starts the embedded Elasticsearch node on its own thread as soon as the configuration is known, so that it comes up
 * while Spring builds the rest of the application (JPA, Flyway, Axon, Vaadin, security) instead of after it. The
 * node bean ({@link EmbeddedElasticsearchAutoConfiguration}) takes the node started for its data folder and port, or
 * waits for it; the application is ready only once both are up. A node nobody took (the context turned out not to need
 * one, or failed) is closed when the application is ready or has failed. Only for web applications that initialise
 * their beans eagerly: command-line modes, and the build preparing the bean definitions ahead of time, start no node
 * they would not use. {@code
 * onetrip.search.embedded.early-start=false} turns it off (the node then starts when the bean is created).
 */
public class EarlyEmbeddedElasticsearch implements ApplicationListener<ApplicationEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedElasticsearch.class);
    private static final Map<Path, CompletableFuture<Started>> STARTING = new ConcurrentHashMap<>();

    /**
     * Set by {@code @SpringBootTest}, whose {@code @DynamicPropertySource}s (the data folder among them) are added only
     * after the environment is prepared: such a context starts its node when the bean is created.
     */
    private static final String SPRING_BOOT_TEST =
            "org.springframework.boot.test.context.SpringBootTestContextBootstrapper";

    /** Set by Spring's AOT processor while the build prepares the bean definitions (it never starts the beans). */
    private static final String AOT_PROCESSING = "spring.aot.processing";

    private Path started;

    /** The node started early for this folder and port, waiting for it if it is still starting; else one started now. */
    static EmbeddedElasticsearch take(Path home, int httpPort) {
        var early = STARTING.remove(home.toAbsolutePath().normalize());
        if (early == null) {
            return EmbeddedElasticsearch.start(home, httpPort);
        }
        EmbeddedElasticsearch node;
        long waitFrom = System.nanoTime();
        try {
            node = early.join().node();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        log.info(
                "Embedded Elasticsearch node started early; the context waited {} ms for it",
                Duration.ofNanos(System.nanoTime() - waitFrom).toMillis());
        if (early.join().httpPort() == httpPort) {
            return node;
        }
        // the context was configured with another port after all: the folder can hold one node only
        node.close();
        return EmbeddedElasticsearch.start(home, httpPort);
    }

    /** Whether a node was started early for this folder and not taken yet. */
    static boolean startedFor(Path home) {
        return STARTING.containsKey(home.toAbsolutePath().normalize());
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
            closeUntaken();
        }
    }

    private void start(ConfigurableEnvironment environment) {
        if (!wanted(environment)) {
            return;
        }
        var binder = Binder.get(environment);
        var home = Path.of(environment.getProperty("onetrip.data-dir", "./data"), "elasticsearch")
                .toAbsolutePath()
                .normalize();
        int httpPort =
                binder.bind("onetrip.search.embedded.http-port", Integer.class).orElse(0);
        var future = new CompletableFuture<Started>();
        if (STARTING.putIfAbsent(home, future) != null) {
            return;
        }
        started = home;
        var thread = new Thread(
                () -> {
                    try {
                        future.complete(new Started(EmbeddedElasticsearch.start(home, httpPort), httpPort));
                    } catch (RuntimeException | Error e) {
                        future.completeExceptionally(e);
                    }
                },
                "embedded-elasticsearch-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static boolean wanted(ConfigurableEnvironment environment) {
        return !environment.containsProperty(SPRING_BOOT_TEST)
                && !Boolean.getBoolean(AOT_PROCESSING)
                && ClassUtils.isPresent(
                        "org.elasticsearch.node.Node", EarlyEmbeddedElasticsearch.class.getClassLoader())
                && environment.getProperty("onetrip.search.embedded.early-start", Boolean.class, true)
                && environment.getProperty("onetrip.search.embedded.enabled", Boolean.class, true)
                && !environment.getProperty("spring.main.lazy-initialization", Boolean.class, false)
                && !"none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""))
                && Binder.get(environment)
                        .bind(NoExternalElasticsearchCondition.EXTERNAL_URIS, Bindable.listOf(String.class))
                        .orElse(List.of())
                        .isEmpty();
    }

    private void closeUntaken() {
        if (started == null) {
            return;
        }
        var untaken = STARTING.remove(started);
        started = null;
        if (untaken != null) {
            log.info("Closing the embedded Elasticsearch node started early: the application did not use it");
            untaken.thenAccept(early -> early.node().close());
        }
    }

    @Override
    public int getOrder() {
        // after the logging system and the environment post-processors
        return Ordered.LOWEST_PRECEDENCE;
    }

    private record Started(EmbeddedElasticsearch node, int httpPort) {}
}
