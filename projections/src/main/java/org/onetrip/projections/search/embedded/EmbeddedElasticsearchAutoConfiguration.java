package org.onetrip.projections.search.embedded;

import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails.Node.Protocol;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts a real Elasticsearch node in this JVM when no external cluster is configured, and points Spring Boot's
 * Elasticsearch client chain (RestClient, ElasticsearchClient, health indicator) at it through
 * {@link ElasticsearchConnectionDetails}. The node has usually been started on its own thread while the context was
 * built ({@link EarlyEmbeddedElasticsearch}).
 */
@AutoConfiguration(before = ElasticsearchRestClientAutoConfiguration.class)
@ConditionalOnClass(name = "org.elasticsearch.node.Node")
@ConditionalOnProperty(
        prefix = "onetrip.search.embedded",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
@Conditional(NoExternalElasticsearchCondition.class)
@EnableConfigurationProperties(EmbeddedElasticsearchProperties.class)
public class EmbeddedElasticsearchAutoConfiguration {

    @Bean(destroyMethod = "close")
    public EmbeddedElasticsearch embeddedElasticsearch(
            EmbeddedElasticsearchProperties properties, @Value("${onetrip.data-dir:./data}") Path dataDir) {
        return EarlyEmbeddedElasticsearch.take(dataDir.resolve("elasticsearch"), properties.httpPort());
    }

    @Bean
    public ElasticsearchConnectionDetails embeddedElasticsearchConnectionDetails(EmbeddedElasticsearch node) {
        var uri = node.httpUri();
        var address = new ElasticsearchConnectionDetails.Node(uri.getHost(), uri.getPort(), Protocol.HTTP);
        return () -> List.of(address);
    }
}
