package org.onetrip.projections.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One projection index behind two aliases: searches read {@code name}, the projection writes to
 * {@code name-write}. A rebuild writes into a fresh index while searches keep reading the old one,
 * and only a finished rebuild moves the read alias (blue/green). While it is being rebuilt, a generation
 * is not refreshed periodically (nobody searches it yet, and every refresh writes a small segment that must
 * later be merged); finishing the rebuild restores the refresh interval and refreshes once.
 * Every generation records in its mapping's {@code _meta} a fingerprint of the definition it was created
 * from, so an index built by an older release can be recognised and rebuilt.
 */
public class ProjectionIndex {

    private static final Logger log = LoggerFactory.getLogger(ProjectionIndex.class);
    private static final AtomicLong GENERATIONS = new AtomicLong();
    private static final ObjectMapper DEFINITIONS = new ObjectMapper();
    /** Elasticsearch's default, set explicitly once a rebuilt generation goes live. */
    static final String LIVE_REFRESH_INTERVAL = "1s";

    static final String REBUILD_REFRESH_INTERVAL = "-1";
    static final String DEFINITION_META = "onetrip_definition";

    private final ElasticsearchClient client;
    private final String name;
    private final String definitionResource;
    private final Clock clock;
    private boolean createdSinceChecked;

    private final Integer replicas;

    public ProjectionIndex(ElasticsearchClient client, String name, String definitionResource, Clock clock) {
        this(client, name, definitionResource, clock, null);
    }

    /**
     * {@code replicas}: copies of each shard on other nodes of the cluster ({@code onetrip.search.replicas}); null
     * keeps the definition's (none: one node answers alone, as the embedded one does).
     */
    public ProjectionIndex(
            ElasticsearchClient client, String name, String definitionResource, Clock clock, Integer replicas) {
        this.client = client;
        this.name = name;
        this.definitionResource = definitionResource;
        this.clock = clock;
        this.replicas = replicas;
    }

    public String readAlias() {
        return name;
    }

    public String writeAlias() {
        return name + "-write";
    }

    /**
     * Creates the first generation with both aliases, unless the index exists already. Its name is fixed, so that
     * instances starting together on an empty cluster create one index, not one each.
     */
    public synchronized void ensureExists() {
        try {
            if (client.indices().existsAlias(a -> a.name(readAlias())).value()) {
                return;
            }
            var index = name + "-initial";
            try {
                createIndex(index, null);
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
            client.indices()
                    .updateAliases(u -> u.actions(
                                    Action.of(a -> a.add(add -> add.index(index).alias(readAlias()))))
                            .actions(Action.of(a -> a.add(
                                    add -> add.index(index).alias(writeAlias()).isWriteIndex(true)))));
            createdSinceChecked = true;
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot create index " + name, e);
        }
    }

    /**
     * Creates the index again when its read alias is gone; true when this instance created it since the last call
     * (at start-up, or now): its documents must then be rebuilt from the events.
     */
    public synchronized boolean recreateIfMissing() {
        ensureExists();
        boolean created = createdSinceChecked;
        createdSinceChecked = false;
        return created;
    }

    /**
     * Points the write alias at a new, empty generation; reads still see the old one. Returns its name. A generation
     * an unfinished rebuild was writing (one that never served reads) is deleted.
     */
    public synchronized String startRebuild() {
        return startRebuild(List.of(this)).get(0);
    }

    /**
     * {@link #startRebuild()} for the indices of one projection together: their generations are created side by side,
     * then one request moves all their write aliases and one deletes what unfinished rebuilds left (each is a change
     * of the cluster's state, which the cluster makes one after the other). Returns the new generations' names.
     */
    public static List<String> startRebuild(List<ProjectionIndex> indices) {
        indices.forEach(ProjectionIndex::ensureExists);
        var writing = indices.stream()
                .map(index -> index.indicesOf(index.writeAlias()))
                .toList();
        var abandoned = new ArrayList<String>();
        for (int i = 0; i < indices.size(); i++) {
            var index = indices.get(i);
            var reading = index.indicesOf(index.readAlias());
            writing.get(i).stream().filter(old -> !reading.contains(old)).forEach(abandoned::add);
            abandoned.addAll(index.unaliasedGenerations(reading, writing.get(i)));
        }
        var fresh = indices.parallelStream()
                .map(index -> {
                    try {
                        return index.createGeneration(REBUILD_REFRESH_INTERVAL);
                    } catch (IOException e) {
                        throw new SearchUnavailableException("cannot start rebuilding " + index.name, e);
                    }
                })
                .toList();
        var actions = new ArrayList<Action>();
        for (int i = 0; i < indices.size(); i++) {
            var index = indices.get(i);
            var generation = fresh.get(i);
            for (var old : writing.get(i)) {
                actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(index.writeAlias()))));
            }
            actions.add(Action.of(a ->
                    a.add(add -> add.index(generation).alias(index.writeAlias()).isWriteIndex(true))));
        }
        var client = indices.get(0).client;
        try {
            client.indices().updateAliases(u -> u.actions(actions));
            if (!abandoned.isEmpty()) {
                client.indices().delete(d -> d.index(abandoned));
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot start rebuilding " + names(indices), e);
        }
        return fresh;
    }

    /** Moves the read alias to the generation being written, in one atomic step, and drops the old ones. */
    public synchronized void finishRebuild() {
        finishRebuild(List.of(this));
    }

    /** {@link #switchReads} then {@link #dropGenerations} of what searches no longer read. */
    public static void finishRebuild(List<ProjectionIndex> indices) {
        dropGenerations(indices, switchReads(indices));
    }

    /**
     * Makes the generations being written serve reads, for the indices of one projection together: one request each
     * restores their refresh interval, refreshes them and moves all their read aliases at once. Returns the
     * generations searches read before, which nothing reads or writes any more.
     */
    public static List<String> switchReads(List<ProjectionIndex> indices) {
        var actions = new ArrayList<Action>();
        var written = new ArrayList<String>();
        var old = new ArrayList<String>();
        for (var index : indices) {
            var writing = index.indicesOf(index.writeAlias());
            var reading = index.indicesOf(index.readAlias());
            if (writing.equals(reading)) {
                continue;
            }
            for (var before : reading) {
                actions.add(Action.of(a -> a.remove(r -> r.index(before).alias(index.readAlias()))));
                if (!writing.contains(before)) {
                    old.add(before);
                }
            }
            for (var fresh : writing) {
                actions.add(Action.of(a -> a.add(add -> add.index(fresh).alias(index.readAlias()))));
            }
            written.addAll(writing);
        }
        if (actions.isEmpty()) {
            return List.of();
        }
        var client = indices.get(0).client;
        try {
            refreshInterval(client, written, LIVE_REFRESH_INTERVAL);
            client.indices().refresh(r -> r.index(written));
            client.indices().updateAliases(u -> u.actions(actions));
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot finish rebuilding " + names(indices), e);
        }
        return List.copyOf(old);
    }

    /**
     * Deletes generations that no alias points to any more. A generation this fails to delete (the cluster busy, the
     * instance stopping) is deleted when the projection's next rebuild starts.
     */
    public static void dropGenerations(List<ProjectionIndex> indices, List<String> generations) {
        if (generations.isEmpty()) {
            return;
        }
        try {
            indices.get(0).client.indices().delete(d -> d.index(generations));
        } catch (IOException | RuntimeException e) {
            log.warn("Old index generations {} stay until the next rebuild: {}", generations, e.toString());
        }
    }

    /** Generations of this index that no alias points to: what an interrupted switch or deletion left behind. */
    private List<String> unaliasedGenerations(Set<String> reading, Set<String> writing) {
        var generation = Pattern.compile(Pattern.quote(name) + "-(initial|\\d+-\\d+)");
        try {
            return client.indices().get(g -> g.index(name + "-*")).result().keySet().stream()
                    .filter(index ->
                            generation.matcher(index).matches() && !reading.contains(index) && !writing.contains(index))
                    .toList();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot list the generations of " + name, e);
        }
    }

    private static String names(List<ProjectionIndex> indices) {
        return indices.stream().map(index -> index.name).toList().toString();
    }

    /**
     * True when the generation searches read was created from another definition than this release's (or
     * before definitions were fingerprinted): its documents may lack fields the code now writes and reads.
     */
    public boolean isOutdated() {
        var current = fingerprint(definitionBytes());
        try {
            var mappings =
                    client.indices().getMapping(g -> g.index(readAlias())).result();
            return mappings.values().stream().anyMatch(index -> {
                var meta = index.mappings().meta();
                var recorded = meta == null ? null : meta.get(DEFINITION_META);
                return recorded == null || !current.equals(recorded.to(String.class));
            });
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read the mapping of " + name, e);
        }
    }

    public boolean isRebuilding() {
        return !indicesOf(writeAlias()).equals(indicesOf(readAlias()));
    }

    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(readAlias(), writeAlias()));
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot refresh " + name, e);
        }
    }

    private static void refreshInterval(ElasticsearchClient client, Collection<String> indices, String interval)
            throws IOException {
        client.indices()
                .putSettings(
                        p -> p.index(new ArrayList<>(indices)).settings(x -> x.refreshInterval(t -> t.time(interval))));
    }

    private Set<String> indicesOf(String alias) {
        try {
            return Set.copyOf(
                    client.indices().getAlias(g -> g.name(alias)).result().keySet());
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() == 404) {
                return Set.of();
            }
            throw e;
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read alias " + alias, e);
        }
    }

    /** Creates an index from the definition; a refresh interval given here is part of the creation request. */
    private String createGeneration(String refreshInterval) throws IOException {
        var index = name + "-" + clock.millis() + "-" + GENERATIONS.incrementAndGet();
        createIndex(index, refreshInterval);
        return index;
    }

    private void createIndex(String index, String refreshInterval) throws IOException {
        var bytes = definitionBytes();
        var definition = (ObjectNode) DEFINITIONS.readTree(bytes);
        definition.withObject("/mappings").withObject("/_meta").put(DEFINITION_META, fingerprint(bytes));
        if (refreshInterval != null) {
            definition.withObject("/settings").put("refresh_interval", refreshInterval);
        }
        if (replicas != null) {
            definition.withObject("/settings").put("number_of_replicas", replicas);
        }
        var body = DEFINITIONS.writeValueAsBytes(definition);
        client.indices().create(c -> c.index(index).withJson(new ByteArrayInputStream(body)));
    }

    private byte[] definitionBytes() {
        try (InputStream json = getClass().getClassLoader().getResourceAsStream(definitionResource)) {
            if (json == null) {
                throw new UncheckedIOException(new IOException(definitionResource + " is missing"));
            }
            return json.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fingerprint(byte[] definition) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(definition), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
