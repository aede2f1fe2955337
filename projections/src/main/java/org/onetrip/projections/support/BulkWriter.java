package org.onetrip.projections.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Collects the writes of one event-processing batch and sends them as one bulk request when the
 * batch commits, before its token is stored. Only the last write per document is sent. Every write
 * carries an external version, so Elasticsearch itself refuses to replace a newer document with an
 * older one: a version conflict is a redelivery already applied, not an error.
 */
public class BulkWriter {

    private final ElasticsearchClient client;
    private final String resourceKey = "bulk-writer-" + System.identityHashCode(this);
    private final Runnable onRollback;

    public BulkWriter(ElasticsearchClient client, Runnable onRollback) {
        this.client = client;
        this.onRollback = onRollback;
    }

    public void index(String alias, String id, long version, Object document) {
        var operation = BulkOperation.of(o -> o.index(i -> i.index(alias).id(id).version(version)
                .versionType(VersionType.External).document(document)));
        if (!CurrentUnitOfWork.isStarted()) {
            send(Map.of(alias + "/" + id, operation));
            return;
        }
        var unitOfWork = CurrentUnitOfWork.get().root();
        Map<String, BulkOperation> pending = unitOfWork.getOrComputeResource(resourceKey, key -> {
            var batch = new LinkedHashMap<String, BulkOperation>();
            unitOfWork.onPrepareCommit(u -> send(batch));
            unitOfWork.onRollback(u -> onRollback.run());
            return batch;
        });
        pending.put(alias + "/" + id, operation);
    }

    private void send(Map<String, BulkOperation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        try {
            var response = client.bulk(b -> b.operations(new ArrayList<>(operations.values())));
            if (response.errors()) {
                for (var item : response.items()) {
                    if (item.error() != null && item.status() != 409) {
                        throw new SearchUnavailableException("Elasticsearch refused " + item.index() + "/" + item.id()
                                + ": " + item.error().reason());
                    }
                }
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("bulk write to Elasticsearch failed", e);
        }
    }
}
