package org.onetrip.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onetrip.projections.testing.SearchNode;

class ProjectionIndexTest {

    ElasticsearchClient client = SearchNode.client();

    @Test
    void searches_keep_reading_the_old_generation_until_a_rebuild_finishes() throws IOException {
        var index = new ProjectionIndex(
                client, SearchNode.uniquePrefix("blue-green"), "projections/timeline-index.json", Clock.systemUTC());
        index.ensureExists();
        write(index, "old", "旧的");
        assertThat(ids(index)).containsExactly("old");

        index.startRebuild();
        assertThat(index.isRebuilding()).isTrue();
        assertThat(refreshInterval(index.writeAlias()))
                .as("no periodic refresh while rebuilding")
                .isEqualTo("-1");
        write(index, "new", "新的");
        assertThat(ids(index)).as("reads stay on the finished generation").containsExactly("old");

        index.finishRebuild();
        assertThat(index.isRebuilding()).isFalse();
        assertThat(ids(index)).containsExactly("new");
        assertThat(refreshInterval(index.readAlias())).isEqualTo(ProjectionIndex.LIVE_REFRESH_INTERVAL);
        assertThat(client.indices().getAlias(a -> a.name(index.readAlias())).result())
                .hasSize(1);
    }

    @Test
    void the_indices_of_one_projection_switch_together_and_an_abandoned_rebuild_is_cleared_away() throws IOException {
        var prefix = SearchNode.uniquePrefix("together");
        var staff =
                new ProjectionIndex(client, prefix + "-staff", "projections/timeline-index.json", Clock.systemUTC());
        var published =
                new ProjectionIndex(client, prefix + "-public", "projections/timeline-index.json", Clock.systemUTC());
        var both = List.of(staff, published);
        both.forEach(ProjectionIndex::ensureExists);
        write(staff, "old", "旧的");
        write(published, "old", "旧的");

        var abandoned = ProjectionIndex.startRebuild(both);
        var fresh = ProjectionIndex.startRebuild(both);
        assertThat(fresh).hasSize(2).doesNotContainAnyElementsOf(abandoned);
        assertThat(client.indices().exists(e -> e.index(abandoned)).value())
                .as("a generation that never served reads is deleted when the next rebuild starts")
                .isFalse();
        write(staff, "new", "新的");
        write(published, "new", "新的");
        assertThat(ids(staff)).containsExactly("old");
        assertThat(ids(published)).containsExactly("old");

        ProjectionIndex.finishRebuild(both);
        for (var index : both) {
            assertThat(index.isRebuilding()).isFalse();
            assertThat(ids(index)).containsExactly("new");
            assertThat(refreshInterval(index.readAlias())).isEqualTo(ProjectionIndex.LIVE_REFRESH_INTERVAL);
            assertThat(client.indices()
                            .getAlias(g -> g.name(index.readAlias()))
                            .result()
                            .keySet())
                    .containsExactly(fresh.get(both.indexOf(index)));
        }
        assertThat(client.indices().get(g -> g.index(prefix + "-*")).result().keySet())
                .as("only the live generations are left")
                .containsExactlyInAnyOrderElementsOf(fresh);
    }

    @Test
    void a_generation_left_behind_after_a_switch_is_deleted_when_the_next_rebuild_starts() throws IOException {
        var name = SearchNode.uniquePrefix("leftover");
        var index = new ProjectionIndex(client, name, "projections/timeline-index.json", Clock.systemUTC());
        index.ensureExists();
        var first = ProjectionIndex.startRebuild(List.of(index));
        var replaced = ProjectionIndex.switchReads(List.of(index));
        assertThat(replaced).containsExactly(name + "-initial");
        assertThat(ids(index)).as("reads moved to the rebuilt generation").isEmpty();
        assertThat(client.indices().exists(e -> e.index(replaced)).value())
                .as("the instance stopped before dropping what searches read before")
                .isTrue();

        var second = ProjectionIndex.startRebuild(List.of(index));
        assertThat(client.indices().get(g -> g.index(name + "-*")).result().keySet())
                .as("the generation nothing pointed to is gone, the live one and the new one stay")
                .containsExactlyInAnyOrder(first.get(0), second.get(0));
    }

    @Test
    void an_index_built_from_another_definition_is_outdated_until_a_rebuild_creates_it_from_this_one()
            throws IOException {
        var name = SearchNode.uniquePrefix("upgrade");
        var older = new ProjectionIndex(client, name, "projections/timeline-index.json", Clock.systemUTC());
        older.ensureExists();
        assertThat(older.isOutdated()).isFalse();

        var current = new ProjectionIndex(client, name, "projections/disclosures-index.json", Clock.systemUTC());
        assertThat(current.isOutdated()).isTrue();
        current.startRebuild();
        assertThat(current.isOutdated())
                .as("reads still see the older generation")
                .isTrue();
        current.finishRebuild();
        assertThat(current.isOutdated()).isFalse();
    }

    @Test
    void an_index_without_a_recorded_definition_is_outdated_and_a_missing_one_is_not() throws IOException {
        var name = SearchNode.uniquePrefix("unfingerprinted");
        var index = new ProjectionIndex(client, name, "projections/timeline-index.json", Clock.systemUTC());
        assertThat(index.isOutdated()).as("nothing to rebuild before it exists").isFalse();
        client.indices()
                .create(c -> c.index(name + "-legacy")
                        .aliases(index.readAlias(), a -> a)
                        .aliases(index.writeAlias(), a -> a.isWriteIndex(true)));
        assertThat(index.isOutdated()).isTrue();
    }

    @Test
    void ensuring_an_existing_index_changes_nothing() throws IOException {
        var index = new ProjectionIndex(
                client, SearchNode.uniquePrefix("twice"), "projections/timeline-index.json", Clock.systemUTC());
        index.ensureExists();
        write(index, "kept", "保留");
        index.ensureExists();
        assertThat(ids(index)).containsExactly("kept");
    }

    @Test
    void an_older_version_written_after_a_newer_one_is_ignored_and_a_newer_one_replaces_it() throws IOException {
        var index = new ProjectionIndex(
                client, SearchNode.uniquePrefix("versions"), "projections/timeline-index.json", Clock.systemUTC());
        index.ensureExists();
        var writer = new BulkWriter(client, () -> {});
        writer.index(index.writeAlias(), "doc", 5, Map.of("text", "第五版"));
        writer.index(index.writeAlias(), "doc", 3, Map.of("text", "第三版"));
        index.refresh();
        assertThat(text(index)).isEqualTo("第五版");
        writer.index(index.writeAlias(), "doc", 6, Map.of("text", "第六版"));
        index.refresh();
        assertThat(text(index)).isEqualTo("第六版");
    }

    private String refreshInterval(String alias) throws IOException {
        var settings = client.indices()
                .getSettings(g -> g.index(alias))
                .result()
                .values()
                .iterator()
                .next()
                .settings();
        var index = settings.index() != null ? settings.index() : settings;
        return index.refreshInterval() == null ? null : index.refreshInterval().time();
    }

    private void write(ProjectionIndex index, String id, String text) throws IOException {
        client.index(i -> i.index(index.writeAlias())
                .id(id)
                .document(Map.of("text", text))
                .refresh(Refresh.True));
    }

    private java.util.List<String> ids(ProjectionIndex index) throws IOException {
        return client.search(s -> s.index(index.readAlias()), Map.class).hits().hits().stream()
                .map(co.elastic.clients.elasticsearch.core.search.Hit::id)
                .toList();
    }

    private String text(ProjectionIndex index) throws IOException {
        return String.valueOf(client.get(g -> g.index(index.readAlias()).id("doc"), Map.class)
                .source()
                .get("text"));
    }
}
