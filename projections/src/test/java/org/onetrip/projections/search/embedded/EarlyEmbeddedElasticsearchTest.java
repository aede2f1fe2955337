package org.onetrip.projections.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

class EarlyEmbeddedElasticsearchTest {

    final SpringApplication application = new SpringApplication(Object.class);

    @TempDir
    Path dataDir;

    @Test
    void the_node_started_while_the_context_is_built_is_the_one_the_bean_takes() {
        var early = new EarlyEmbeddedElasticsearch();
        early.onApplicationEvent(prepared(new MockEnvironment().withProperty("onetrip.data-dir", dataDir.toString())));
        assertThat(EarlyEmbeddedElasticsearch.startedFor(dataDir.resolve("elasticsearch")))
                .isTrue();
        // a second node on the same folder would fail on the folder's lock: the bean gets the early one
        try (var node = EarlyEmbeddedElasticsearch.take(dataDir.resolve("elasticsearch"), 0)) {
            assertThat(node.home()).isEqualTo(dataDir.resolve("elasticsearch").toAbsolutePath());
            assertThat(EarlyEmbeddedElasticsearch.startedFor(dataDir.resolve("elasticsearch")))
                    .isFalse();
            early.onApplicationEvent(ready());
            assertThat(node.httpUri()).isNotNull();
        }
    }

    @Test
    void a_node_the_application_did_not_take_is_closed_once_it_is_ready_and_frees_its_folder() {
        var early = new EarlyEmbeddedElasticsearch();
        early.onApplicationEvent(prepared(new MockEnvironment().withProperty("onetrip.data-dir", dataDir.toString())));
        early.onApplicationEvent(ready());
        // not taken any more: this starts a node of its own, which works only once the early one released the folder
        var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try (var node = EarlyEmbeddedElasticsearch.take(dataDir.resolve("elasticsearch"), 0)) {
                assertThat(node.httpUri()).isNotNull();
                return;
            } catch (IllegalStateException stillLocked) {
                if (System.nanoTime() > deadline) {
                    throw stillLocked;
                }
                sleep();
            }
        }
    }

    @Test
    void command_line_modes_and_external_clusters_start_no_node_early() {
        for (var environment : new MockEnvironment[] {
            new MockEnvironment().withProperty("spring.main.web-application-type", "none"),
            new MockEnvironment().withProperty("spring.main.lazy-initialization", "true"),
            new MockEnvironment().withProperty("spring.elasticsearch.uris", "http://127.0.0.1:9"),
            new MockEnvironment().withProperty("onetrip.search.embedded.enabled", "false"),
            new MockEnvironment().withProperty("onetrip.search.embedded.early-start", "false"),
            new MockEnvironment()
                    .withProperty("org.springframework.boot.test.context.SpringBootTestContextBootstrapper", "true")
        }) {
            var early = new EarlyEmbeddedElasticsearch();
            early.onApplicationEvent(prepared(environment.withProperty("onetrip.data-dir", dataDir.toString())));
            assertThat(EarlyEmbeddedElasticsearch.startedFor(dataDir.resolve("elasticsearch")))
                    .isFalse();
            early.onApplicationEvent(ready());
        }
        assertThat(dataDir.resolve("elasticsearch")).doesNotExist();
    }

    private ApplicationEnvironmentPreparedEvent prepared(MockEnvironment environment) {
        return new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), application, new String[0], environment);
    }

    private ApplicationReadyEvent ready() {
        return new ApplicationReadyEvent(application, new String[0], new GenericApplicationContext(), Duration.ZERO);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
