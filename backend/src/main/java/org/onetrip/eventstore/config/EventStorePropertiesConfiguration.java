package org.onetrip.eventstore.config;

import org.onetrip.eventstore.jpa.H2InRowBlobDialect;
import org.onetrip.eventstore.jpa.PostgresByteaDialect;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStorePropertiesConfiguration {

    /**
     * Unless a dialect was chosen explicitly ({@code spring.jpa.database-platform} or
     * {@code spring.jpa.properties.hibernate.dialect}): on PostgreSQL, Axon's {@code @Lob byte[]} columns (events,
     * snapshots, tokens, sagas) become {@code bytea} instead of Hibernate 6's default {@code oid} large objects; on
     * H2 they are read whole instead of through a stream.
     */
    @Bean
    HibernatePropertiesCustomizer binaryColumnsDialect(Environment environment) {
        return properties -> {
            String url = environment.getProperty("spring.datasource.url", "");
            boolean chosen = properties.containsKey("hibernate.dialect")
                    || environment.containsProperty("spring.jpa.database-platform");
            if (chosen) {
                return;
            }
            if (url.startsWith("jdbc:postgresql:")) {
                properties.put("hibernate.dialect", PostgresByteaDialect.class.getName());
            } else if (url.startsWith("jdbc:h2:")) {
                properties.put("hibernate.dialect", H2InRowBlobDialect.class.getName());
            }
        };
    }

    /**
     * Enums are text columns on every database, never H2's native ENUM type: H2 restores rows of a transaction
     * that a crash cut off with their ENUM values as bare ordinals (db/migration/h2/V2__enums_as_text.sql).
     */
    @Bean
    HibernatePropertiesCustomizer enumsAsText() {
        return properties -> properties.putIfAbsent("hibernate.type.prefer_native_enum_types", "false");
    }
}
