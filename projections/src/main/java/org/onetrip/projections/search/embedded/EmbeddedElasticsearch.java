package org.onetrip.projections.search.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthRequest;
import org.elasticsearch.action.admin.cluster.health.TransportClusterHealthAction;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.EmbeddedNode;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node running inside this JVM, reachable over HTTP on 127.0.0.1 only.
 *
 * <p>One node per home folder: the node locks its data folder, so a second node on the same folder (another Spring
 * context, another process) fails to start until the first one is closed.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final List<Class<? extends Plugin>> PLUGINS =
            List.of(Netty4Plugin.class, RootInfoPlugin.class, ChineseAnalysisPlugin.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(60);
    private static boolean loggingConfigured;

    private final EmbeddedNode node;
    private final Path home;
    private final URI httpUri;

    private EmbeddedElasticsearch(EmbeddedNode node, Path home, URI httpUri) {
        this.node = node;
        this.home = home;
        this.httpUri = httpUri;
    }

    /** Starts a node whose configuration, data and logs live under {@code home}; {@code httpPort} 0 picks a free port. */
    public static EmbeddedElasticsearch start(Path home, int httpPort) {
        var started = System.nanoTime();
        prepareJvm();
        var absoluteHome = home.toAbsolutePath().normalize();
        var environment = new Environment(nodeSettings(absoluteHome, httpPort), null);
        createFolders(environment);
        var node = create(environment);
        try {
            node.start();
            awaitPrimariesRecovered(node);
        } catch (NodeValidationException | RuntimeException e) {
            closeQuietly(node);
            throw new IllegalStateException(
                    "The embedded Elasticsearch node under " + absoluteHome + " did not start", e);
        }
        var address = node.httpTransport().boundAddress().publishAddress();
        var httpUri = URI.create("http://" + address.getAddress() + ":" + address.getPort());
        log.info(
                "Embedded Elasticsearch {} started on {} in {} ms (home {})",
                Build.current().version(),
                httpUri,
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                absoluteHome);
        return new EmbeddedElasticsearch(node, absoluteHome, httpUri);
    }

    /** Node start returns before existing indices are recovered; until then reads and writes on them get a 503. */
    private static void awaitPrimariesRecovered(EmbeddedNode node) {
        var timeout = TimeValue.timeValueMillis(RECOVERY_TIMEOUT.toMillis());
        var health = node.client()
                .execute(
                        TransportClusterHealthAction.TYPE,
                        new ClusterHealthRequest(timeout).waitForYellowStatus().timeout(timeout))
                .actionGet();
        if (health.isTimedOut()) {
            log.warn("Embedded Elasticsearch: indices still {} after {}", health.getStatus(), RECOVERY_TIMEOUT);
        }
    }

    private static EmbeddedNode create(Environment environment) {
        try {
            return EmbeddedNode.create(environment, PLUGINS);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("failed to obtain node locks")) {
                throw new IllegalStateException(
                        "Another Elasticsearch node already uses " + environment.dataDirs()[0]
                                + " (a second application or Spring context on the same onetrip.data-dir?). Give each its own"
                                + " onetrip.data-dir, or share one cluster through spring.elasticsearch.uris.",
                        e);
            }
            throw e;
        }
    }

    public URI httpUri() {
        return httpUri;
    }

    public Path home() {
        return home;
    }

    public String version() {
        return Build.current().version();
    }

    /** Closes the node and waits until it has released its data folder. */
    @Override
    public void close() {
        try {
            node.close();
            if (!node.awaitClose(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Embedded Elasticsearch on {} did not stop within {}", httpUri, CLOSE_TIMEOUT);
            }
            log.info("Embedded Elasticsearch on {} stopped", httpUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Settings nodeSettings(Path home, int httpPort) {
        return Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "onetrip-embedded")
                .put("node.name", "onetrip-embedded")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", 0)
                // A folder on a nearly full laptop disk must not turn every index read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // The heap is shared with the application: the real-memory breaker would refuse searches whenever the
                // application, not Elasticsearch, holds most of it. Count only Elasticsearch's own allocations.
                .put("indices.breaker.total.use_real_memory", false)
                .put("indices.memory.index_buffer_size", "5%")
                .put("indices.queries.cache.size", "5%")
                .put("indices.fielddata.cache.size", "10%")
                .build();
    }

    private static synchronized void prepareJvm() {
        // Netty lets the processor count be set once per JVM; Reactor Netty or a second node would then fail.
        System.setProperty("es.set.netty.runtime.available.processors", "false");
        if (!loggingConfigured) {
            try {
                LogConfigurator.configureESLogging();
            } catch (ClassCastException e) {
                // Spring Boot routes log4j to SLF4J; Elasticsearch's own log4j setup does not apply then.
                log.debug("Elasticsearch logging left to SLF4J", e);
            }
            loggingConfigured = true;
        }
    }

    private static void createFolders(Environment environment) {
        try {
            Files.createDirectories(environment.configDir());
            Files.createDirectories(environment.logsDir());
            for (var dataDir : environment.dataDirs()) {
                Files.createDirectories(dataDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(EmbeddedNode node) {
        try {
            node.close();
            node.awaitClose(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing a node that failed to start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
