package org.onetrip.cluster;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import javax.sql.DataSource;

/** The PostgreSQL buckets exactly as the application configures them, for tests in other packages. */
public final class RateLimitConfigurationAccess {

    private RateLimitConfigurationAccess() {}

    public static ProxyManager<String> sharedBuckets(DataSource dataSource) {
        return RateLimitConfiguration.sharedBuckets(dataSource);
    }
}
