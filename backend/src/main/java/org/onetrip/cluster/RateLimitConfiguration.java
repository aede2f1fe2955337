package org.onetrip.cluster;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.onetrip.shared.ratelimit.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The public rate limits' buckets: in the shared PostgreSQL database (table {@code rate_limit_bucket}, Bucket4j's
 * select-for-update proxy manager) when the application runs on PostgreSQL, so that every instance draws on one
 * allowance per client; in memory on H2, which only one process can open anyway (and which Bucket4j's SQL does not
 * speak). Buckets refilled to full are deleted by a clean-up that runs on one instance.
 */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    RateLimits rateLimits(
            Clock clock,
            DataSource dataSource,
            @Value("${spring.datasource.url:}") String url,
            @Value("${onetrip.rate-limit.filings-per-hour:20}") int filingsPerHour,
            @Value("${onetrip.rate-limit.lookups-per-minute:30}") int lookupsPerMinute,
            @Value("${onetrip.rate-limit.sign-in-failures-per-account:5}") int failuresPerAccount,
            @Value("${onetrip.rate-limit.sign-in-failures-per-address:20}") int failuresPerAddress,
            @Value("${onetrip.rate-limit.case-intrusions-per-hour:10}") int intrusionsPerHour,
            ObjectProvider<MeterRegistry> meters) {
        var staff = new RateLimits.StaffAllowances(failuresPerAccount, failuresPerAddress, intrusionsPerHour);
        var registry = meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
        if (DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL) {
            return new RateLimits(
                    RateLimits.Buckets.shared(sharedBuckets(dataSource)),
                    filingsPerHour,
                    lookupsPerMinute,
                    staff,
                    registry);
        }
        return new RateLimits(RateLimits.Buckets.local(clock), filingsPerHour, lookupsPerMinute, staff, registry);
    }

    static PostgreSQLSelectForUpdateBasedProxyManager<String> sharedBuckets(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Bean
    ExpiredBuckets expiredBuckets(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        return new ExpiredBuckets(
                DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL ? sharedBuckets(dataSource) : null);
    }

    /** Deletes the buckets of clients that have been quiet long enough to have their whole allowance back. */
    public static class ExpiredBuckets {

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

        ExpiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
            this.buckets = buckets;
        }

        @Scheduled(fixedDelayString = "${onetrip.rate-limit.clean-up-interval:PT10M}")
        @SchedulerLock(name = "rate-limit-clean-up", lockAtMostFor = "PT10M")
        public void removeExpired() {
            if (buckets == null) {
                return;
            }
            int removed;
            int total = 0;
            do {
                removed = buckets.removeExpired(1000);
                total += removed;
            } while (removed == 1000);
            if (total > 0) {
                log.debug("Removed {} rate-limit buckets that had refilled", total);
            }
        }
    }
}
