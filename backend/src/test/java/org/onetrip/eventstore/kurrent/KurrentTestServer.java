package org.onetrip.eventstore.kurrent;

import io.kurrent.dbclient.KurrentDBClient;
import io.kurrent.dbclient.KurrentDBConnectionString;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The official KurrentDB image, {@value #IMAGE}, as an insecure single node with projections running
 * and its data in memory. Only started by tests marked {@code @Testcontainers(disabledWithoutDocker = true)}.
 */
public final class KurrentTestServer {

    public static final String IMAGE = "docker.kurrent.io/kurrent-latest/kurrentdb:25.0";
    public static final int PORT = 2113;

    private KurrentTestServer() {}

    public static GenericContainer<?> container() {
        return new GenericContainer<>(DockerImageName.parse(IMAGE))
                .withEnv("KURRENTDB_INSECURE", "true")
                .withEnv("KURRENTDB_CLUSTER_SIZE", "1")
                .withEnv("KURRENTDB_MEM_DB", "true")
                .withEnv("KURRENTDB_RUN_PROJECTIONS", "All")
                .withEnv("KURRENTDB_START_STANDARD_PROJECTIONS", "true")
                .withExposedPorts(PORT)
                .waitingFor(Wait.forHttp("/health/live")
                        .forPort(PORT)
                        .forStatusCodeMatching(code -> code >= 200 && code < 300));
    }

    public static String connectionString(GenericContainer<?> container) {
        return "kurrentdb://" + container.getHost() + ":" + container.getMappedPort(PORT) + "?tls=false";
    }

    public static KurrentDBClient client(GenericContainer<?> container) {
        return KurrentDBClient.create(KurrentDBConnectionString.parseOrThrow(connectionString(container)));
    }
}
