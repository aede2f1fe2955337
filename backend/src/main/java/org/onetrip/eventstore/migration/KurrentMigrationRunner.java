package org.onetrip.eventstore.migration;

import io.kurrent.dbclient.KurrentDBClient;
import io.kurrent.dbclient.KurrentDBConnectionString;
import jakarta.persistence.EntityManager;
import java.io.PrintStream;
import org.axonframework.serialization.Serializer;
import org.onetrip.eventstore.config.EventStoreProperties;
import org.onetrip.eventstore.kurrent.KurrentEventStorageEngine;
import org.onetrip.eventstore.kurrent.KurrentStreamNames;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar onetrip-portal.jar --onetrip.migrate-to-kurrent=<connection-string>}: copies every
 * event of the embedded (JPA) store to KurrentDB, verifies the copy, prints the report and exits:
 * 0 when the copy is complete and identical, 2 on a mismatch, 1 when it could not run. Started with
 * {@code --onetrip.migrate-verify-only=true} it only verifies. The application itself must still be on
 * {@code onetrip.event-store=jpa} (the source) and stopped: an H2 file is opened by one process only.
 * {@link MigrationModeEnvironment} turns the web server, demo data and calendar seeding off in this mode.
 */
@Component
@ConditionalOnProperty(name = "onetrip.migrate-to-kurrent")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class KurrentMigrationRunner implements ApplicationRunner {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int MISMATCH = 2;

    private final ConfigurableApplicationContext context;
    private final EventStoreProperties properties;
    private final EntityManager entityManager;
    private final Serializer eventSerializer;
    private final String connectionString;
    private final boolean verifyOnly;

    public KurrentMigrationRunner(
            ConfigurableApplicationContext context,
            EventStoreProperties properties,
            EntityManager entityManager,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.context = context;
        this.properties = properties;
        this.entityManager = entityManager;
        this.eventSerializer = eventSerializer;
        this.connectionString = context.getEnvironment().getProperty("onetrip.migrate-to-kurrent");
        this.verifyOnly = context.getEnvironment().getProperty("onetrip.migrate-verify-only", Boolean.class, false);
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = migrate(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int migrate(PrintStream out) {
        if (properties.getEventStore() != EventStoreProperties.Store.JPA) {
            out.println("Migration refused: the source is the JPA store, but onetrip.event-store="
                    + properties.getEventStore().name().toLowerCase() + ". Run it before switching.");
            return FAILED;
        }
        KurrentDBClient client = null;
        try {
            client = KurrentDBClient.create(KurrentDBConnectionString.parseOrThrow(connectionString));
            EventStoreProperties.Kurrent kurrent = properties.getKurrent();
            KurrentEventStorageEngine engine = KurrentEventStorageEngine.builder()
                    .client(client)
                    .streamNames(new KurrentStreamNames(kurrent.getStreamPrefix()))
                    .batchSize(kurrent.getBatchSize())
                    .timeout(kurrent.getTimeout())
                    .serializer(eventSerializer)
                    .build();
            return migrate(
                    new JpaMigrationSource(entityManager, 500),
                    new KurrentMigrationTarget(engine, "KurrentDB " + redact(connectionString)),
                    verifyOnly,
                    out);
        } catch (RuntimeException e) {
            out.println("Migration failed: " + e);
            return FAILED;
        } finally {
            if (client != null) {
                client.shutdown();
            }
        }
    }

    /** The command's logic, independent of where source and target are. */
    static int migrate(MigrationSource source, MigrationTarget target, boolean verifyOnly, PrintStream out) {
        EventStoreMigration migration = new EventStoreMigration(500);
        long copied = 0;
        if (!verifyOnly) {
            boolean targetHasEvents;
            try (var existing = target.inGlobalOrder()) {
                targetHasEvents = existing.findAny().isPresent();
            }
            if (targetHasEvents) {
                out.println("Migration refused: " + target.describe() + " already holds events of this application."
                        + " Copy into an empty database, or check an earlier copy with"
                        + " --onetrip.migrate-verify-only=true.");
                return FAILED;
            }
            out.println("Copying " + source.describe() + " to " + target.describe() + " …");
            copied = migration.copy(source, target, n -> {
                if (n % 10_000 == 0) {
                    out.println("  " + n + " events copied");
                }
            });
        }
        MigrationReport report = migration.verify(source, target, copied);
        out.print(report.render());
        return report.matches() ? OK : MISMATCH;
    }

    static String redact(String connectionString) {
        return connectionString.replaceAll("//[^@/]*@", "//***@");
    }
}
