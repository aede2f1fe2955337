package org.onetrip.cluster;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this instance takes part in a cluster of instances sharing one database ({@code onetrip.cluster.*}).
 * One instance on the embedded H2 database is a cluster of one; nothing here needs setting for it.
 */
@ConfigurationProperties(prefix = "onetrip.cluster")
public class ClusterProperties {

    /**
     * This instance's name in the shared tables (processor claims, heartbeats, locks): by default the JVM's
     * {@code pid@host}, which differs between processes and containers.
     */
    private String instanceId = ManagementFactory.getRuntimeMXBean().getName();
    /** How often this instance says it is alive. */
    private Duration heartbeatInterval = Duration.ofSeconds(5);
    /** An instance not heard of for this long counts as gone: its share of the processor segments is given out. */
    private Duration instanceTimeout = Duration.ofSeconds(20);
    /**
     * A processor segment whose claim was not renewed for this long may be claimed by another instance (Axon's
     * token claim timeout): how long a killed instance's segments wait before another instance takes them over.
     */
    private Duration claimTimeout = Duration.ofSeconds(10);

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public Duration getHeartbeatInterval() {
        return heartbeatInterval;
    }

    public void setHeartbeatInterval(Duration heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
    }

    public Duration getInstanceTimeout() {
        return instanceTimeout;
    }

    public void setInstanceTimeout(Duration instanceTimeout) {
        this.instanceTimeout = instanceTimeout;
    }

    public Duration getClaimTimeout() {
        return claimTimeout;
    }

    public void setClaimTimeout(Duration claimTimeout) {
        this.claimTimeout = claimTimeout;
    }
}
