package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.it.Staff.NOBODY;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectionReplayOverHttpTest {

    static final Map<String, String> ADMIN = Staff.of("admin", "ADMIN", "dangzhengban");
    static final Map<String, String> DISCIPLINE = Staff.DISCIPLINE;

    @TempDir
    Path dataDir;

    @Test
    void a_rebuilt_projection_equals_the_one_built_live_and_search_answers_throughout() throws Exception {
        try (var portal = RunningPortal.start(dataDir, "onetrip.demo-data=true")) {
            var client = portal.bean(ElasticsearchClient.class);
            long cases = portal.get("/api/public/statistics", NOBODY).json().get("total").asLong();
            assertThat(cases).isEqualTo(6);
            awaitIndexed(portal, cases);

            var liveCases = documents(client, "onetrip-cases");
            var livePublic = documents(client, "onetrip-public-cases");
            var liveTimeline = documents(client, "onetrip-timeline");
            var generationBefore = client.indices().getAlias(a -> a.name("onetrip-cases")).result().keySet();
            assertThat(liveTimeline).hasSizeGreaterThan(30);

            for (var projection : new String[] {"case-search", "case-timeline"}) {
                var started = portal.post("/api/admin/projections/" + projection + "/replay", Map.of(), ADMIN);
                assertThat(started.status()).as(started.body()).isEqualTo(202);
                var searchDuringRebuild = portal.get("/api/staff/search/cases?size=50", DISCIPLINE);
                assertThat(searchDuringRebuild.status()).isEqualTo(200);
                assertThat(searchDuringRebuild.json().get("total").asLong()).isEqualTo(cases);
            }
            awaitRebuilt(portal);

            assertThat(client.indices().getAlias(a -> a.name("onetrip-cases")).result().keySet())
                    .doesNotContainAnyElementsOf(generationBefore);
            assertThat(documents(client, "onetrip-cases")).isEqualTo(liveCases);
            assertThat(documents(client, "onetrip-public-cases")).isEqualTo(livePublic);
            assertThat(documents(client, "onetrip-timeline")).isEqualTo(liveTimeline);

            var flagged = portal.get("/api/staff/buck-passing/cases", DISCIPLINE).json().get("cases");
            assertThat(flagged.get(0).get("flags").findValuesAsText("rule")).contains("PING_PONG");
        }
    }

    @Test
    void only_an_administrator_may_rebuild_and_unknown_projections_are_refused() {
        try (var portal = RunningPortal.start(dataDir)) {
            assertThat(portal.post("/api/admin/projections/case-search/replay", Map.of(), DISCIPLINE).status())
                    .isEqualTo(403);
            var unknown = portal.post("/api/admin/projections/nonsense/replay", Map.of(), ADMIN);
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.json().get("detail").asText()).contains("case-search");
        }
    }

    private static void awaitIndexed(RunningPortal portal, long expected) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var search = portal.get("/api/staff/search/cases?size=1", DISCIPLINE).json();
            var timeline = portal.get("/api/staff/search/timeline?size=1&type=CaseMergedIntoEvent",
                    Staff.INTAKE).json();
            if (search.get("total").asLong() == expected && timeline.get("total").asLong() == 1) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("projections did not catch up");
    }

    private static void awaitRebuilt(RunningPortal portal) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode statuses = portal.get("/api/admin/projections", ADMIN).json();
            boolean done = true;
            for (var status : statuses) {
                done &= status.get("finished").asBoolean();
            }
            if (done) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("rebuild did not finish");
    }

    /** Every document's source by id, read from the alias searches use. */
    private static Map<String, Object> documents(ElasticsearchClient client, String alias) throws IOException {
        client.indices().refresh(r -> r.index(alias));
        var documents = new TreeMap<String, Object>();
        client.search(s -> s.index(alias).size(1000), Map.class).hits().hits()
                .forEach(hit -> documents.put(hit.id(), hit.source()));
        return documents;
    }
}
