package org.onetrip.projections.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.projections.testing.SearchNode;

class BulkWriterTest {

    ElasticsearchClient client = SearchNode.client();
    ProjectionIndex index;

    @BeforeEach
    void freshIndex() {
        index = new ProjectionIndex(
                client, SearchNode.uniquePrefix("bulk"), "projections/timeline-index.json", Clock.systemUTC());
        index.ensureExists();
    }

    @Test
    void a_batch_larger_than_one_request_is_sent_ahead_in_parts_and_all_of_it_is_indexed_when_it_commits()
            throws Exception {
        var writer = new BulkWriter(client, () -> {}, 3);
        var changing = new HashMap<String, Object>(Map.of("eventId", "changing", "type", "first"));
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);
        writer.index(index.writeAlias(), "changing", 1, changing);
        for (int i = 0; i < 10; i++) {
            writer.index(index.writeAlias(), "e" + i, 1, Map.of("eventId", "e" + i, "type", "other"));
            if (i == 4) {
                // a document folded further after its earlier state was sent ahead, as the case projection does
                changing.put("type", "second");
                writer.index(index.writeAlias(), "changing", 2, changing);
            }
        }
        unitOfWork.commit();
        index.refresh();

        assertThat(client.count(c -> c.index(index.readAlias())).count()).isEqualTo(11);
        var changed = client.get(g -> g.index(index.readAlias()).id("changing"), Map.class);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.source()).containsEntry("type", "second");
    }

    @Test
    void a_write_refused_in_a_part_sent_ahead_fails_the_commit_and_rolls_the_batch_back() {
        var rolledBack = new AtomicBoolean();
        var committed = new AtomicBoolean();
        var writer = new BulkWriter(client, () -> rolledBack.set(true), 2);
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.afterCommit(u -> committed.set(true));
        writer.index(index.writeAlias(), "bad", 1, Map.of("eventId", "bad", "at", "not a date"));
        writer.index(index.writeAlias(), "good", 1, Map.of("eventId", "good"));
        writer.index(index.writeAlias(), "last", 1, Map.of("eventId", "last"));

        assertThatThrownBy(unitOfWork::commit)
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("bad");
        assertThat(committed)
                .as("a processor stores its token only when its batch commits")
                .isFalse();
        assertThat(rolledBack).isTrue();
    }

    @Test
    void a_redelivered_older_version_sent_ahead_is_not_an_error() {
        var writer = new BulkWriter(client, () -> {}, 1);
        writer.index(index.writeAlias(), "x", 5, Map.of("eventId", "x", "type", "newer"));
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);
        writer.index(index.writeAlias(), "x", 3, Map.of("eventId", "x", "type", "older"));
        writer.index(index.writeAlias(), "y", 1, Map.of("eventId", "y"));
        unitOfWork.commit();
        index.refresh();

        var x = assertThatGet("x");
        assertThat(x).containsEntry("type", "newer");
    }

    @Test
    void a_document_whose_write_a_later_one_replaces_in_the_same_batch_is_never_made() {
        var made = new AtomicInteger();
        var writer = new BulkWriter(client, () -> {}, 100);
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);
        for (int version = 1; version <= 5; version++) {
            var type = "v" + version;
            writer.index(index.writeAlias(), "folded", version, () -> {
                made.incrementAndGet();
                return Map.of("eventId", "folded", "type", type);
            });
        }
        unitOfWork.commit();
        index.refresh();

        assertThat(made).as("only the write that was sent made its document").hasValue(1);
        assertThat(assertThatGet("folded")).containsEntry("type", "v5");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> assertThatGet(String id) {
        try {
            var found = client.get(g -> g.index(index.readAlias()).id(id), Map.class);
            assertThat(found.found()).isTrue();
            return found.source();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
