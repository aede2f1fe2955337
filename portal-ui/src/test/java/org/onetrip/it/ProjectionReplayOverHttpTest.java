package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.it.Staff.NOBODY;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.cases.query.CaseRegistryRepository;
import org.onetrip.projections.support.ProjectionMaintenance;
import org.onetrip.projections.support.ProjectionReplayer;
import org.onetrip.projections.support.ProjectionTokens;
import org.onetrip.testing.SharedSearchNode;

class ProjectionReplayOverHttpTest {

    static final Map<String, String> ADMIN = Staff.ADMIN;
    static final Map<String, String> DISCIPLINE = Staff.DISCIPLINE;

    @TempDir
    Path dataDir;

    @Test
    void a_rebuilt_projection_equals_the_one_built_live_and_search_answers_throughout() throws Exception {
        try (var portal = RunningPortal.start(dataDir, "onetrip.demo-data=true")) {
            var client = portal.bean(ElasticsearchClient.class);
            long cases = portal.get("/api/public/statistics", NOBODY)
                    .json()
                    .get("total")
                    .asLong();
            assertThat(cases)
                    .as("every demo case, as the registry counts them")
                    .isPositive()
                    .isEqualTo(portal.bean(CaseRegistryRepository.class).count());
            portal.awaitProjections();

            var liveCases = documents(client, index("cases"));
            var livePublic = documents(client, index("public-cases"));
            var liveTimeline = documents(client, index("timeline"));
            var liveDisclosures = awaitDisclosures(client);
            var generationBefore = client.indices()
                    .getAlias(a -> a.name(index("cases")))
                    .result()
                    .keySet();
            assertThat(liveTimeline).hasSizeGreaterThan(30);

            for (var projection : new String[] {"case-search", "case-timeline", "disclosure-search"}) {
                var started = portal.post("/api/admin/projections/" + projection + "/replay", Map.of(), ADMIN);
                assertThat(started.status()).as(started.body()).isEqualTo(202);
                var searchDuringRebuild = portal.get("/api/staff/search/cases?size=50", DISCIPLINE);
                assertThat(searchDuringRebuild.status()).isEqualTo(200);
                assertThat(searchDuringRebuild.json().get("total").asLong()).isEqualTo(cases);
            }
            awaitRebuilt(portal);

            assertThat(client.indices()
                            .getAlias(a -> a.name(index("cases")))
                            .result()
                            .keySet())
                    .doesNotContainAnyElementsOf(generationBefore);
            assertThat(documents(client, index("cases"))).isEqualTo(liveCases);
            assertThat(documents(client, index("public-cases"))).isEqualTo(livePublic);
            assertThat(documents(client, index("timeline"))).isEqualTo(liveTimeline);
            assertThat(documents(client, index("disclosures"))).isEqualTo(liveDisclosures);

            var flagged = portal.get("/api/staff/buck-passing/cases", DISCIPLINE)
                    .json()
                    .get("cases");
            assertThat(flagged.get(0).get("flags").findValuesAsText("rule")).contains("PING_PONG");
        }
    }

    @Test
    void contact_data_erased_before_a_rebuild_is_in_no_index_and_the_chain_still_verifies() throws Exception {
        try (var portal = RunningPortal.start(dataDir)) {
            var client = portal.bean(ElasticsearchClient.class);
            var filed = portal.post(
                    "/api/staff/cases",
                    Map.of(
                            "kind",
                            "COMPLAINT",
                            "title",
                            "路灯三个月不亮",
                            "description",
                            "村口路灯坏了。",
                            "anonymous",
                            false,
                            "channel",
                            "HOTLINE",
                            "contact",
                            Map.of("name", "孙七", "phone", "13655554444")),
                    Staff.INTAKE);
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            var caseId = filed.json().get("caseId").asText();
            var contact = "/api/staff/cases/" + caseId + "/contact?reason=callback";
            assertThat(portal.get(contact, Staff.INTAKE).json().get("phone").asText())
                    .isEqualTo("13655554444");
            assertThat(portal.get(contact, Staff.handler("guotu")).status()).isEqualTo(403);
            assertThat(portal.post(
                                    "/api/staff/cases/" + caseId + "/contact/erasure",
                                    Map.of("reason", "asked"),
                                    DISCIPLINE)
                            .status())
                    .isEqualTo(200);
            assertThat(portal.get(contact, Staff.INTAKE).json().get("status").asText())
                    .isEqualTo("ERASED");

            for (var projection : new String[] {"case-search", "case-timeline", "disclosure-search"}) {
                assertThat(portal.post("/api/admin/projections/" + projection + "/replay", Map.of(), ADMIN)
                                .status())
                        .isEqualTo(202);
            }
            awaitRebuilt(portal);
            var deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (portal.get("/api/staff/search/timeline?size=1&type=ComplainantContactErasedEvent", Staff.INTAKE)
                            .json()
                            .get("total")
                            .asLong()
                    != 1) {
                assertThat(Instant.now()).as("erasure indexed").isBefore(deadline);
                Thread.sleep(200);
            }
            for (var alias : new String[] {index("cases"), index("public-cases"), index("timeline")}) {
                assertThat(documents(client, alias).toString())
                        .doesNotContain("13655554444")
                        .doesNotContain("孙七");
            }
            var integrity = portal.get("/api/audit/integrity/cases/" + caseId, Staff.AUDITOR);
            assertThat(integrity.json().get("status").asText()).isEqualTo("INTACT");
        }
    }

    @Test
    void an_index_left_by_an_older_release_is_rebuilt_on_its_own_at_start_up_and_the_others_are_left_alone()
            throws Exception {
        Map<String, Object> timelineBefore;
        java.util.Set<String> timelineGeneration;
        java.util.Set<String> casesGeneration;
        try (var portal = RunningPortal.start(dataDir)) {
            var client = portal.bean(ElasticsearchClient.class);
            assertThat(portal.post(
                                    "/api/staff/cases",
                                    Map.of(
                                            "kind",
                                            "ENQUIRY",
                                            "title",
                                            "社保卡补办",
                                            "description",
                                            "社保卡丢了怎么补办？",
                                            "anonymous",
                                            true,
                                            "channel",
                                            "HOTLINE"),
                                    Staff.INTAKE)
                            .status())
                    .isEqualTo(201);
            var deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (portal.get("/api/staff/search/timeline?size=1", Staff.INTAKE)
                            .json()
                            .get("total")
                            .asLong()
                    < 1) {
                assertThat(Instant.now()).as("filing indexed").isBefore(deadline);
                Thread.sleep(200);
            }
            client.indices().refresh(r -> r.index(index("timeline")));
            timelineBefore = documents(client, index("timeline"));
            // what an index created by a release with another timeline definition looks like
            client.indices()
                    .putMapping(p -> p.index(index("timeline"))
                            .meta("onetrip_definition", co.elastic.clients.json.JsonData.of("an-older-definition")));
            timelineGeneration = client.indices()
                    .getAlias(a -> a.name(index("timeline")))
                    .result()
                    .keySet();
            casesGeneration = client.indices()
                    .getAlias(a -> a.name(index("cases")))
                    .result()
                    .keySet();
        }

        try (var upgraded = RunningPortal.start(dataDir)) {
            var client = upgraded.bean(ElasticsearchClient.class);
            var deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (timelineGeneration.containsAll(client.indices()
                    .getAlias(a -> a.name(index("timeline")))
                    .result()
                    .keySet())) {
                assertThat(upgraded.get("/api/staff/search/timeline?size=1", Staff.INTAKE)
                                .status())
                        .as("search answers from the old generation meanwhile")
                        .isEqualTo(200);
                assertThat(Instant.now()).as("outdated timeline rebuilt").isBefore(deadline);
                Thread.sleep(200);
            }
            assertThat(documents(client, index("timeline"))).isEqualTo(timelineBefore);
            assertThat(upgraded.bean(org.onetrip.projections.support.ProjectionReplayer.class)
                            .outdated())
                    .isEmpty();
            assertThat(client.indices()
                            .getAlias(a -> a.name(index("cases")))
                            .result()
                            .keySet())
                    .as("an index of the current definition is not rebuilt")
                    .isEqualTo(casesGeneration);
        }
    }

    /**
     * The alias switch used to happen inside the status call: a rebuild nobody asked about never served reads. Here
     * nobody asks: the search alias moves over on its own, and the progress is in the status afterwards.
     */
    @Test
    void a_rebuild_started_from_the_admin_api_switches_over_on_its_own_without_anyone_reading_its_status()
            throws Exception {
        try (var portal = RunningPortal.start(dataDir, "onetrip.demo-data=true")) {
            var client = portal.bean(ElasticsearchClient.class);
            portal.awaitProjections();
            var before = client.indices()
                    .getAlias(a -> a.name(index("timeline")))
                    .result()
                    .keySet();
            assertThat(portal.post("/api/admin/projections/case-timeline/replay", Map.of(), ADMIN)
                            .status())
                    .isEqualTo(202);
            var deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (before.containsAll(client.indices()
                    .getAlias(a -> a.name(index("timeline")))
                    .result()
                    .keySet())) {
                assertThat(Instant.now()).as("the read alias moved on its own").isBefore(deadline);
                Thread.sleep(100);
            }
            // The coordinator records the end just after it moves the alias; on a slow machine a status read can fall
            // between the two.
            var timeline = timelineStatus(portal);
            while (!timeline.get("state").asText().equals("FINISHED")) {
                assertThat(timeline.get("state").asText()).isEqualTo("RUNNING");
                assertThat(Instant.now()).as("the rebuild recorded its end").isBefore(deadline);
                Thread.sleep(100);
                timeline = timelineStatus(portal);
            }
            assertThat(timeline.get("percent").asDouble()).isEqualTo(100.0);
            assertThat(timeline.get("total").asLong()).isGreaterThan(30);
            assertThat(timeline.get("processed").asLong())
                    .isEqualTo(timeline.get("total").asLong());
            assertThat(timeline.get("requestedBy").asText()).isEqualTo("admin");
            assertThat(timeline.get("segments").get(0).get("caughtUp").asBoolean())
                    .isTrue();
        }
    }

    private static JsonNode timelineStatus(RunningPortal portal) {
        for (var status : portal.get("/api/admin/projections", ADMIN).json()) {
            if (status.get("projection").asText().equals("case-timeline")) {
                return status;
            }
        }
        throw new AssertionError("no status for the case-timeline projection");
    }

    /**
     * Deleting a projection's index used to leave search empty for good: the stored tokens said everything was
     * indexed. The projection notices the missing index, says so in the log, and rebuilds it from the events.
     */
    @Test
    void a_projection_whose_index_disappears_rebuilds_it_from_the_events_on_its_own() throws Exception {
        try (var portal = RunningPortal.start(dataDir, "onetrip.demo-data=true")) {
            var client = portal.bean(ElasticsearchClient.class);
            long cases = portal.bean(CaseRegistryRepository.class).count();
            portal.awaitProjections();
            var live = documents(client, index("cases"));
            var generations = new java.util.ArrayList<>(client.indices()
                    .getAlias(a -> a.name(index("cases")))
                    .result()
                    .keySet());
            client.indices().delete(d -> d.index(generations));

            var deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (true) {
                var search = portal.get("/api/staff/search/cases?size=1", DISCIPLINE);
                assertThat(search.status())
                        .as("while the index is missing, search says it is unavailable, not that it failed")
                        .isIn(200, 503);
                if (search.status() == 200 && search.json().get("total").asLong() == cases) {
                    break;
                }
                assertThat(Instant.now()).as("the deleted index is rebuilt").isBefore(deadline);
                Thread.sleep(250);
            }
            var rebuiltDeadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!portal.get("/api/admin/projections", ADMIN)
                            .json()
                            .toString()
                            .contains("index missing")
                    || !documents(client, index("cases")).equals(live)) {
                assertThat(Instant.now()).as("rebuilt to the same documents").isBefore(rebuiltDeadline);
                Thread.sleep(250);
            }
        }
    }

    /**
     * The rebuild rounds run every second; the coordinator follows its rebuilds more often, so that one requested while
     * its processor is still settling after a start begins as soon as it has settled, and one whose events are all
     * replayed serves reads at once rather than at the next round.
     */
    @Test
    void a_rebuild_starts_once_its_processor_settles_and_finishes_when_replayed_without_waiting_for_the_next_round()
            throws Exception {
        try (var portal = RunningPortal.start(dataDir)) {
            portal.bean(ProjectionMaintenance.class).stop();
            var replayer = portal.bean(ProjectionReplayer.class);
            var tokens = portal.bean(ProjectionTokens.class);
            replayer.followRunning();
            assertThat(replayer.status("case-timeline").state()).isEqualTo("IDLE");

            var deadline = Instant.now().plus(Duration.ofSeconds(30));
            replayer.start("case-timeline", "test", "requested");
            // a processor started moments ago is left alone for a few seconds before it is paused
            while (!replayer.status("case-timeline").state().equals("RUNNING")) {
                assertThat(Instant.now()).as("the rebuild started").isBefore(deadline);
                Thread.sleep(100);
                replayer.followRunning();
            }
            long head = tokens.headPosition();
            while (replayer.status("case-timeline").segments().stream()
                    .anyMatch(segment -> segment.position() == null || segment.position() < head)) {
                assertThat(Instant.now()).as("the events were replayed").isBefore(deadline);
                Thread.sleep(50);
            }
            assertThat(replayer.status("case-timeline").state()).isEqualTo("RUNNING");

            replayer.followRunning();

            assertThat(replayer.status("case-timeline").state()).isEqualTo("FINISHED");
            replayer.followRunning();
            assertThat(replayer.status("case-timeline").state()).isEqualTo("FINISHED");
        }
    }

    @Test
    void only_an_administrator_may_rebuild_and_unknown_projections_are_refused() {
        try (var portal = RunningPortal.start(dataDir)) {
            assertThat(portal.post("/api/admin/projections/case-search/replay", Map.of(), DISCIPLINE)
                            .status())
                    .isEqualTo(403);
            var unknown = portal.post("/api/admin/projections/nonsense/replay", Map.of(), ADMIN);
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.json().get("detail").asText()).contains("case-search");
        }
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

    /** The demo's published items, notices and its bulletin, once all are indexed. */
    private Map<String, Object> awaitDisclosures(ElasticsearchClient client) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var documents = documents(client, index("disclosures"));
            if (documents.keySet().stream().anyMatch(id -> id.startsWith("bulletin-"))
                    && documents.keySet().stream()
                                    .filter(id -> id.startsWith("item-"))
                                    .count()
                            >= 27) {
                return documents;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the disclosure projection did not catch up");
    }

    /** Every document's source by id, read from the alias searches use. */
    private static Map<String, Object> documents(ElasticsearchClient client, String alias) throws IOException {
        client.indices().refresh(r -> r.index(alias));
        var documents = new TreeMap<String, Object>();
        client.search(s -> s.index(alias).size(1000), Map.class)
                .hits()
                .hits()
                .forEach(hit -> documents.put(hit.id(), hit.source()));
        return documents;
    }

    /** The name the application on this test's data folder gives the index or alias {@code name}. */
    private String index(String name) {
        return SharedSearchNode.index(dataDir, name);
    }
}
