package org.onetrip.projections.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.onetrip.projections.testing.SearchNode;

class ProjectionIndexesTest {

    ElasticsearchClient client = SearchNode.client();

    @Test
    void every_index_asked_for_while_the_context_is_built_exists_once_its_singletons_are_instantiated()
            throws IOException {
        var prefix = SearchNode.uniquePrefix("indexes");
        var indexes = new ProjectionIndexes(client, prefix, 0, Clock.systemUTC());
        var timeline = indexes.index("timeline", "projections/timeline-index.json");
        var disclosures = indexes.index("disclosures", "projections/disclosures-index.json");

        indexes.afterSingletonsInstantiated();

        assertThat(timeline.readAlias()).isEqualTo(prefix + "-timeline");
        for (var index : new ProjectionIndex[] {timeline, disclosures}) {
            assertThat(client.indices()
                            .existsAlias(a -> a.name(index.readAlias()))
                            .value())
                    .as(index.readAlias())
                    .isTrue();
            assertThat(client.indices()
                            .existsAlias(a -> a.name(index.writeAlias()))
                            .value())
                    .isTrue();
        }
    }

    @Test
    void an_index_asked_for_after_the_start_is_created_at_once_with_the_configured_replicas() throws IOException {
        var indexes = new ProjectionIndexes(client, SearchNode.uniquePrefix("late"), 0, Clock.systemUTC());
        indexes.afterSingletonsInstantiated();

        var late = indexes.index("agency", "projections/agency-index.json");

        assertThat(client.indices().existsAlias(a -> a.name(late.readAlias())).value())
                .isTrue();
        var settings = client.indices().getSettings(s -> s.index(late.readAlias())).result().values().stream()
                .findFirst()
                .orElseThrow()
                .settings();
        assertThat(settings.index().numberOfReplicas()).isEqualTo("0");
    }

    @Test
    void an_index_that_cannot_be_created_fails_the_start_with_the_reason() {
        var indexes = new ProjectionIndexes(client, SearchNode.uniquePrefix("broken"), null, Clock.systemUTC());
        indexes.index("broken", "projections/no-such-index.json");

        assertThatThrownBy(indexes::afterSingletonsInstantiated)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("projections/no-such-index.json is missing");
    }
}
