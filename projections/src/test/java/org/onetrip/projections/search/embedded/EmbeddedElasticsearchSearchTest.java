package org.onetrip.projections.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.elasticsearch.ElasticsearchRestClientHealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = SearchTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class EmbeddedElasticsearchSearchTest {

    private static final String COMPLAINT = "窗口工作人员推诿扯皮，让我跑了三趟";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void ownDataFolder(DynamicPropertyRegistry registry) {
        registry.add("onetrip.data-dir", dataDir::toString);
    }

    @Autowired
    ElasticsearchClient client;

    @Autowired
    EmbeddedElasticsearch node;

    @Autowired
    RestClient restClient;

    @Autowired
    ApplicationContext context;

    @Test
    void the_node_answers_info_and_ping_with_its_8_19_version() throws IOException {
        var info = client.info();

        assertThat(info.version().number()).startsWith("8.19.").isEqualTo(node.version());
        assertThat(info.version().luceneVersion()).isEqualTo("9.12.2");
        assertThat(client.ping().value()).isTrue();
        assertThat(node.httpUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(node.httpUri().getPort()).isPositive();
    }

    @Test
    void a_search_for_推诿_finds_the_complaint_about_buck_passing() throws IOException {
        var index = complaintsIndexWith("smartcn");

        assertThat(matches(index, "推诿")).containsExactly("1");
    }

    @Test
    void a_search_for_扯皮_finds_it_too() throws IOException {
        var index = complaintsIndexWith("smartcn");

        assertThat(matches(index, "扯皮")).containsExactly("1");
    }

    @Test
    void a_search_for_an_unrelated_word_finds_nothing() throws IOException {
        var index = complaintsIndexWith("smartcn");

        assertThat(matches(index, "路灯")).isEmpty();
    }

    @Test
    void smartcn_splits_最低生活保障_into_words() throws IOException {
        assertThat(tokens("smartcn", "最低生活保障")).containsExactly("最低", "生活", "保障");
    }

    @Test
    void smartcn_tokenizer_and_smartcn_stop_work_in_a_custom_analyzer() throws IOException {
        var tokens = client
                .indices()
                .analyze(request -> request.tokenizer(t -> t.name("smartcn_tokenizer"))
                        .filter(f -> f.name("smartcn_stop"))
                        .text("推诿扯皮，跑了三趟"))
                .tokens()
                .stream()
                .map(AnalyzeToken::token)
                .toList();

        assertThat(tokens).containsExactly("推诿", "扯皮", "跑", "了", "三", "趟");
    }

    @Test
    void the_cjk_analyzer_indexes_overlapping_bigrams() throws IOException {
        assertThat(tokens("cjk", "推诿扯皮")).containsExactly("推诿", "诿扯", "扯皮");

        var index = complaintsIndexWith("cjk");
        assertThat(matches(index, "推诿")).containsExactly("1");
        assertThat(matches(index, "路灯")).isEmpty();
    }

    @Test
    void the_client_writes_instants_and_dates_as_iso_strings() throws IOException {
        client.index(request -> request.index("dated")
                .id("1")
                .refresh(Refresh.True)
                .document(new Dated(Instant.parse("2025-03-05T01:02:03Z"), LocalDate.parse("2025-03-05"))));

        var stored = restClient.performRequest(new Request("GET", "/dated/_source/1"));
        var source = new String(stored.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(source).contains("\"filedAt\":\"2025-03-05T01:02:03Z\"", "\"dueOn\":\"2025-03-05\"");
        assertThat(client.get(request -> request.index("dated").id("1"), Dated.class)
                        .source())
                .isEqualTo(new Dated(Instant.parse("2025-03-05T01:02:03Z"), LocalDate.parse("2025-03-05")));
    }

    @Test
    void there_is_exactly_one_client_and_boots_health_indicator_reports_the_node_up() {
        assertThat(context.getBeansOfType(ElasticsearchClient.class)).hasSize(1).containsKey("elasticsearchClient");

        assertThat(new ElasticsearchRestClientHealthIndicator(restClient)
                        .health()
                        .getStatus())
                .isEqualTo(Status.UP);
    }

    @Test
    void the_applications_object_mapper_is_left_as_it_was(@Autowired ObjectMapper applicationObjectMapper) {
        assertThat(applicationObjectMapper.isEnabled(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY))
                .isFalse();
    }

    record Dated(Instant filedAt, LocalDate dueOn) {}

    private String complaintsIndexWith(String analyzer) throws IOException {
        var index = "complaints-" + analyzer + "-" + System.nanoTime();
        client.indices()
                .create(request -> request.index(index)
                        .settings(settings -> settings.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(mapping -> mapping.properties("text", text -> text.text(t -> t.analyzer(analyzer)))));
        client.index(request ->
                request.index(index).id("1").document(Map.of("text", COMPLAINT)).refresh(Refresh.True));
        return index;
    }

    private List<String> matches(String index, String words) throws IOException {
        return client
                .search(
                        request -> request.index(index)
                                .query(q -> q.match(m -> m.field("text").query(words))),
                        Map.class)
                .hits()
                .hits()
                .stream()
                .map(hit -> hit.id())
                .toList();
    }

    private List<String> tokens(String analyzer, String text) throws IOException {
        return client.indices().analyze(request -> request.analyzer(analyzer).text(text)).tokens().stream()
                .map(AnalyzeToken::token)
                .toList();
    }
}
