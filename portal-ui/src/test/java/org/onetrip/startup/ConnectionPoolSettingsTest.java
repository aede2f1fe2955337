package org.onetrip.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

/** The packaged settings, read as the application reads them: no bean but the environment's. */
class ConnectionPoolSettingsTest {

    @Configuration(proxyBeanMethods = false)
    static class NothingButSettings {}

    private static String poolSize(String... profiles) {
        try (var context = new SpringApplicationBuilder(NothingButSettings.class)
                .profiles(profiles)
                .logStartupInfo(false)
                .run("--spring.main.web-application-type=none", "--spring.main.banner-mode=off")) {
            return context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size");
        }
    }

    @Test
    void the_embedded_default_gives_h2_a_connection_for_each_of_32_concurrent_commits() {
        assertThat(poolSize()).isEqualTo("32");
    }

    @Test
    void production_keeps_hikaris_ten_connections_per_instance_for_a_shared_postgresql() {
        assertThat(poolSize("production")).isEqualTo("10");
    }
}
