package org.onetrip.projections.search.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process node, started when {@code spring.elasticsearch.uris} is not set. Its files live under
 * {@code ${onetrip.data-dir}/elasticsearch}.
 *
 * @param enabled  false keeps the node from starting even without an external cluster
 * @param httpPort HTTP port on 127.0.0.1; 0 picks a free one
 */
@ConfigurationProperties("onetrip.search.embedded")
public record EmbeddedElasticsearchProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0") int httpPort) {}
