package org.onetrip.eventstore.config;

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
     * On PostgreSQL, Axon's {@code @Lob byte[]} columns (events, snapshots, tokens, sagas) become
     * {@code bytea} instead of Hibernate 6's default {@code oid} large objects, unless a dialect was
     * chosen explicitly ({@code spring.jpa.database-platform} or {@code spring.jpa.properties.hibernate.dialect}).
     */
    @Bean
    HibernatePropertiesCustomizer postgresByteaDialect(Environment environment) {
        return properties -> {
            String url = environment.getProperty("spring.datasource.url", "");
            boolean chosen = properties.containsKey("hibernate.dialect")
                    || environment.containsProperty("spring.jpa.database-platform");
            if (url.startsWith("jdbc:postgresql:") && !chosen) {
                properties.put("hibernate.dialect", PostgresByteaDialect.class.getName());
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
