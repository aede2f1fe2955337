package org.onetrip.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Makes the one {@link ElasticsearchClient} (Spring Boot's, bean {@code elasticsearchClient}) read and write documents
 * with the application's Jackson settings, so {@code Instant} and {@code LocalDate} travel as ISO strings. Boot's own
 * mapper is a bare {@code ObjectMapper} that cannot write {@code Instant} at all.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class, before = ElasticsearchClientAutoConfiguration.class)
@ConditionalOnClass({ElasticsearchClient.class, JacksonJsonpMapper.class})
public class SearchClientAutoConfiguration {

    @Bean
    @ConditionalOnBean(ObjectMapper.class)
    @ConditionalOnMissingBean(JsonpMapper.class)
    public JsonpMapper elasticsearchJsonpMapper(ObjectMapper applicationObjectMapper) {
        // A copy: JacksonJsonpMapper switches features on in the mapper it is given, and the REST API's JSON must not
        // change.
        return new JacksonJsonpMapper(applicationObjectMapper.copy());
    }
}
