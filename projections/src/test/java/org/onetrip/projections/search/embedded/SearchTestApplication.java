package org.onetrip.projections.search.embedded;

import org.onetrip.projections.search.SearchClientAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;

/** Only the search wiring and Jackson: no event store, no web server. */
@SpringBootConfiguration
@ImportAutoConfiguration({
    JacksonAutoConfiguration.class,
    SearchClientAutoConfiguration.class,
    EmbeddedElasticsearchAutoConfiguration.class,
    ElasticsearchRestClientAutoConfiguration.class,
    ElasticsearchClientAutoConfiguration.class
})
class SearchTestApplication {

    static final AutoConfigurations SEARCH_AUTO_CONFIGURATIONS = AutoConfigurations.of(
            JacksonAutoConfiguration.class,
            SearchClientAutoConfiguration.class,
            EmbeddedElasticsearchAutoConfiguration.class,
            ElasticsearchRestClientAutoConfiguration.class,
            ElasticsearchClientAutoConfiguration.class);
}
