package org.onetrip.projections.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.onetrip.projections.search.embedded.EmbeddedElasticsearch;

/** One real embedded node for all projection tests in this JVM; each test class takes its own index names. */
public final class SearchNode {

    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static EmbeddedElasticsearch node;
    private static ElasticsearchClient client;

    private SearchNode() {}

    public static synchronized ElasticsearchClient client() {
        if (client == null) {
            try {
                var home = Files.createTempDirectory("onetrip-es-test");
                node = EmbeddedElasticsearch.start(home, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(node::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var uri = node.httpUri();
            var rest = RestClient.builder(new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
                    .build();
            var mapper = new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(mapper)));
        }
        return client;
    }

    public static String uniquePrefix(String name) {
        return "t" + PREFIXES.incrementAndGet() + "-" + name;
    }
}
