package org.onetrip.projections.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The projections' indices, named under {@code onetrip.search.index-prefix} with {@code onetrip.search.replicas}.
 * While the application context is being built, a missing index is created in the background and the context goes
 * on building its other beans: each creation waits for its shard to start, and a dozen of them one after the other
 * were a second of every start on the embedded node. Every index exists once all singletons are instantiated, so
 * before any event processor starts; a failed creation fails the start there. Asked later (a lazily created bean), an
 * index is created at once.
 */
public class ProjectionIndexes implements SmartInitializingSingleton, DisposableBean {

    private final ElasticsearchClient client;
    private final String prefix;
    private final Integer replicas;
    private final Clock clock;
    private final List<CompletableFuture<Void>> creating = new ArrayList<>();
    private ExecutorService creators;
    private boolean started;

    /** {@code replicas}: null keeps each definition's number (none). */
    public ProjectionIndexes(ElasticsearchClient client, String prefix, Integer replicas, Clock clock) {
        this.client = client;
        this.prefix = prefix;
        this.replicas = replicas;
        this.clock = clock;
    }

    /** The index {@code prefix-name} defined by the resource {@code definition}; it exists by the time it is used. */
    public synchronized ProjectionIndex index(String name, String definition) {
        var index = new ProjectionIndex(client, prefix + "-" + name, definition, clock, replicas);
        if (started) {
            index.ensureExists();
        } else {
            creating.add(CompletableFuture.runAsync(index::ensureExists, creators()));
        }
        return index;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<CompletableFuture<Void>> pending;
        synchronized (this) {
            started = true;
            pending = List.copyOf(creating);
            creating.clear();
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        } finally {
            destroy();
        }
    }

    @Override
    public synchronized void destroy() {
        if (creators != null) {
            creators.shutdown();
            creators = null;
        }
    }

    private ExecutorService creators() {
        if (creators == null) {
            var number = new AtomicInteger();
            creators = Executors.newFixedThreadPool(4, task -> {
                var thread = new Thread(task, "projection-index-" + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        return creators;
    }
}
