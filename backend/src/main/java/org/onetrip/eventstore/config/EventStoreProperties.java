package org.onetrip.eventstore.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which event store the application writes to. {@code onetrip.event-store=jpa} (the default) keeps
 * events in the relational database (H2 file embedded, or PostgreSQL); {@code kurrent} puts them in
 * KurrentDB at {@code onetrip.kurrent.connection-string}. Tokens, sagas and deadlines stay relational
 * either way.
 */
@ConfigurationProperties(prefix = "onetrip")
public class EventStoreProperties {

    public enum Store {
        JPA,
        KURRENT
    }

    private Store eventStore = Store.JPA;
    private final Jpa jpa = new Jpa();
    private final Kurrent kurrent = new Kurrent();

    public Store getEventStore() {
        return eventStore;
    }

    public void setEventStore(Store eventStore) {
        this.eventStore = eventStore;
    }

    public Jpa getJpa() {
        return jpa;
    }

    public Kurrent getKurrent() {
        return kurrent;
    }

    public static class Jpa {
        /**
         * Events read per query when a processor streams the store (Axon's default is 100). A projection
         * rebuild reads every event; larger pages mean fewer queries per replay (docs/benchmarks.md).
         */
        private int batchSize = 1000;

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }

    public static class Kurrent {
        /** For example {@code kurrentdb://node1:2113,node2:2113,node3:2113?tls=false}. */
        private String connectionString;
        /** Stream names are {@code <prefix>-<aggregateId>}; snapshots {@code <prefix>_snapshot-<aggregateId>}. */
        private String streamPrefix = "onetrip";
        /** Snapshots kept per aggregate ({@code $maxCount} of its snapshot stream). */
        private long snapshotsToKeep = 3;
        /** Records read per request when streaming {@code $all} or reading a stream. */
        private int batchSize = 256;
        /** Deadline of each call to KurrentDB. */
        private Duration timeout = Duration.ofSeconds(10);

        public String getConnectionString() {
            return connectionString;
        }

        public void setConnectionString(String connectionString) {
            this.connectionString = connectionString;
        }

        public String getStreamPrefix() {
            return streamPrefix;
        }

        public void setStreamPrefix(String streamPrefix) {
            this.streamPrefix = streamPrefix;
        }

        public long getSnapshotsToKeep() {
            return snapshotsToKeep;
        }

        public void setSnapshotsToKeep(long snapshotsToKeep) {
            this.snapshotsToKeep = snapshotsToKeep;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }
}
