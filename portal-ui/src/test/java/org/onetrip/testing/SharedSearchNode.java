package org.onetrip.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.onetrip.projections.search.embedded.EmbeddedElasticsearch;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real Elasticsearch node for all the applications a test JVM starts in-process, each under an index prefix of its
 * own. Starting a node per application cost about as much as the rest of its start-up on two cores. The applications
 * reach the node as production reaches its cluster ({@code spring.elasticsearch.uris}); an application's own embedded
 * node stays covered by the tests that start the packaged application in a process of its own.
 */
public final class SharedSearchNode {

    private static EmbeddedElasticsearch node;

    private SharedSearchNode() {}

    /**
     * The properties that point an application on {@code dataDir} at the shared node. The prefix follows from the data
     * folder, so an application restarted on the same folder finds its indices again, as it would its embedded node's.
     */
    public static List<String> properties(Path dataDir) {
        return List.of("spring.elasticsearch.uris=" + uri(), "onetrip.search.index-prefix=" + indexPrefix(dataDir));
    }

    /** The same properties for a {@code @SpringBootTest}. */
    public static void register(DynamicPropertyRegistry registry, Path dataDir) {
        for (var property : properties(dataDir)) {
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
    }

    /** The name under which an application on {@code dataDir} keeps the index or alias {@code name}, e.g. "cases". */
    public static String index(Path dataDir, String name) {
        return indexPrefix(dataDir) + "-" + name;
    }

    static String indexPrefix(Path dataDir) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(dataDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "t" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized URI uri() {
        if (node == null) {
            try {
                node = EmbeddedElasticsearch.start(Files.createTempDirectory("onetrip-test-search"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "shared-search-node-stop"));
        }
        return node.httpUri();
    }
}
