package org.onetrip.projections.support;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Collects the writes of one event-processing batch and sends them in bulk; the batch commits, and its
 * token is stored, only once every one of its bulk requests succeeded. Only the last write per document
 * is sent. A large batch (a replay) does not wait for its end: every {@code sendAhead} writes go out as a
 * bulk request of their own while the next events are folded, up to {@link #MAX_IN_FLIGHT} requests at a time,
 * so that the node has the next one in hand when it finishes one (round 11 of docs/benchmarks.md). Every write
 * carries an external version, so Elasticsearch itself refuses to replace a newer document with an older one,
 * whichever request arrives first: a version conflict is a redelivery already applied, not an error.
 */
public class BulkWriter {

    /** Writes per bulk request sent ahead while a batch is still being processed. */
    public static final int DEFAULT_SEND_AHEAD = 250;

    /** Bulk requests of one batch sent and not yet answered, at most. */
    public static final int MAX_IN_FLIGHT = 2;

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient asyncClient;
    private final String resourceKey = "bulk-writer-" + System.identityHashCode(this);
    private final Runnable onRollback;
    private final int sendAhead;

    public BulkWriter(ElasticsearchClient client, Runnable onRollback) {
        this(client, onRollback, DEFAULT_SEND_AHEAD);
    }

    public BulkWriter(ElasticsearchClient client, Runnable onRollback, int sendAhead) {
        this.client = client;
        this.asyncClient = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
        this.onRollback = onRollback;
        this.sendAhead = sendAhead;
    }

    public void index(String alias, String id, long version, Object document) {
        index(alias, id, version, () -> document);
    }

    /**
     * As {@link #index(String, String, long, Object)}, the document made only if this write is sent: a later write of
     * the same document in the same batch replaces it first (as in a replay), or the request goes.
     */
    public void index(String alias, String id, long version, Supplier<?> document) {
        var write = new Write(alias, id, version, document);
        if (!CurrentUnitOfWork.isStarted()) {
            send(Map.of(alias + "/" + id, write));
            return;
        }
        var unitOfWork = CurrentUnitOfWork.get().root();
        Batch batch = unitOfWork.getOrComputeResource(resourceKey, key -> {
            var writes = new Batch();
            unitOfWork.onPrepareCommit(u -> writes.finish());
            unitOfWork.onRollback(u -> onRollback.run());
            return writes;
        });
        batch.add(alias + "/" + id, write);
    }

    /**
     * One document's write, turned into the client's operation only when it is sent: in a replay most writes are
     * replaced by a later one of the same document before their request goes.
     */
    private record Write(String alias, String id, long version, Supplier<?> document) {

        BulkOperation operation() {
            return BulkOperation.of(o -> o.index(i -> i.index(alias)
                    .id(id)
                    .version(version)
                    .versionType(VersionType.External)
                    .document(document.get())));
        }
    }

    private static List<BulkOperation> operations(Map<String, Write> writes) {
        var operations = new ArrayList<BulkOperation>(writes.size());
        writes.values().forEach(write -> operations.add(write.operation()));
        return operations;
    }

    private final class Batch {

        private Map<String, Write> pending = new LinkedHashMap<>();
        private final ArrayDeque<CompletableFuture<BulkResponse>> inFlight = new ArrayDeque<>();

        void add(String key, Write write) {
            pending.put(key, write);
            if (pending.size() >= sendAhead) {
                sendAsync();
            }
        }

        void finish() {
            if (!pending.isEmpty() && !inFlight.isEmpty()) {
                // the rest goes before the answers to the others are awaited, not after
                sendAsync();
            }
            while (!inFlight.isEmpty()) {
                awaitOldest();
            }
            send(pending);
        }

        private void sendAsync() {
            while (inFlight.size() >= MAX_IN_FLIGHT) {
                awaitOldest();
            }
            // the request body is serialised here, on this thread, so documents may change afterwards
            var operations = operations(pending);
            inFlight.add(asyncClient.bulk(b -> b.operations(operations)));
            pending = new LinkedHashMap<>();
        }

        private void awaitOldest() {
            var request = inFlight.poll();
            try {
                check(request.get());
            } catch (ExecutionException e) {
                throw new SearchUnavailableException("bulk write to Elasticsearch failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SearchUnavailableException("interrupted while writing to Elasticsearch", e);
            }
        }
    }

    private void send(Map<String, Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        try {
            check(client.bulk(b -> b.operations(operations(writes))));
        } catch (IOException e) {
            throw new SearchUnavailableException("bulk write to Elasticsearch failed", e);
        }
    }

    private static void check(BulkResponse response) {
        if (response.errors()) {
            for (var item : response.items()) {
                if (item.error() != null && item.status() != 409) {
                    throw new SearchUnavailableException("Elasticsearch refused " + item.index() + "/" + item.id()
                            + ": " + item.error().reason());
                }
            }
        }
    }
}
