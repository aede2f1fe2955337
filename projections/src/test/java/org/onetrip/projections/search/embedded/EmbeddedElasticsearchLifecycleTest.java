package org.onetrip.projections.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedElasticsearchLifecycleTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(SearchTestApplication.SEARCH_AUTO_CONFIGURATIONS);

    @TempDir
    Path dataDir;

    @Test
    void an_external_cluster_in_spring_elasticsearch_uris_keeps_the_embedded_node_from_starting() {
        runner.withPropertyValues("onetrip.data-dir=" + dataDir, "spring.elasticsearch.uris=http://127.0.0.1:9")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedElasticsearch.class);
                    assertThat(context).hasSingleBean(ElasticsearchClient.class);
                    assertThat(context.getBean(RestClient.class).getNodes())
                            .singleElement()
                            .satisfies(
                                    node -> assertThat(node.getHost().toURI()).isEqualTo("http://127.0.0.1:9"));
                    assertThat(dataDir.resolve("elasticsearch")).doesNotExist();
                });
    }

    @Test
    void the_embedded_node_can_be_switched_off_without_an_external_cluster() {
        runner.withPropertyValues("onetrip.data-dir=" + dataDir, "onetrip.search.embedded.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedElasticsearch.class);
                    assertThat(dataDir.resolve("elasticsearch")).doesNotExist();
                });
    }

    @Test
    void without_the_elasticsearch_server_on_the_classpath_the_application_still_gets_a_client_and_no_node() {
        runner.withClassLoader(new FilteredClassLoader("org.elasticsearch.node"))
                .withPropertyValues("onetrip.data-dir=" + dataDir)
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedElasticsearch.class);
                    assertThat(context).hasSingleBean(ElasticsearchClient.class);
                });
    }

    @Test
    void closing_the_context_releases_the_data_folder_so_a_later_context_starts_on_it_and_finds_the_documents() {
        runner.withPropertyValues("onetrip.data-dir=" + dataDir).run(context -> {
            assertThat(context).hasNotFailed();
            context.getBean(ElasticsearchClient.class)
                    .index(request -> request.index("kept")
                            .id("1")
                            .document(Map.of("text", "上次的投诉"))
                            .refresh(Refresh.True));
        });
        runner.withPropertyValues("onetrip.data-dir=" + dataDir).run(context -> {
            assertThat(context).hasNotFailed();
            var kept = context.getBean(ElasticsearchClient.class)
                    .get(request -> request.index("kept").id("1"), Map.class);
            assertThat(kept.found()).isTrue();
        });
    }

    @Test
    void two_contexts_on_different_data_folders_run_side_by_side(@TempDir Path otherDataDir) {
        runner.withPropertyValues("onetrip.data-dir=" + dataDir)
                .run(first -> runner.withPropertyValues("onetrip.data-dir=" + otherDataDir)
                        .run(second -> {
                            var firstNode = first.getBean(EmbeddedElasticsearch.class);
                            var secondNode = second.getBean(EmbeddedElasticsearch.class);
                            assertThat(firstNode.httpUri()).isNotEqualTo(secondNode.httpUri());
                            assertThat(answersInfo(first.getBean(ElasticsearchClient.class)))
                                    .isTrue();
                            assertThat(answersInfo(second.getBean(ElasticsearchClient.class)))
                                    .isTrue();
                        }));
    }

    @Test
    void a_second_context_on_the_same_data_folder_fails_to_start_and_says_why() {
        runner.withPropertyValues("onetrip.data-dir=" + dataDir)
                .run(first -> runner.withPropertyValues("onetrip.data-dir=" + dataDir)
                        .run(second -> {
                            assertThat(second).hasFailed();
                            assertThat(second.getStartupFailure())
                                    .hasStackTraceContaining("Another Elasticsearch node already uses")
                                    .hasStackTraceContaining("Give each its own onetrip.data-dir");
                            assertThat(answersInfo(first.getBean(ElasticsearchClient.class)))
                                    .isTrue();
                        }));
    }

    private static boolean answersInfo(ElasticsearchClient client) throws IOException {
        return client.ping().value() && client.info().version().number().startsWith("8.19.");
    }
}
