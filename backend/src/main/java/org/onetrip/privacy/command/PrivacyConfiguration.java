package org.onetrip.privacy.command;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded key store and vault; a KMS-backed {@link ContactKeyStore} bean replaces the table. The contact keys
 * in the table are wrapped under the key-encryption keyset: the secret {@code onetrip.privacy.kek.keyset} (Tink
 * JSON, e.g. from the environment variable {@code ONETRIP_PRIVACY_KEK_KEYSET}) when set, else the file
 * {@code onetrip.privacy.kek.keyset-file}, created on the first start.
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    ContactKeyWrapping contactKeyWrapping(
            @Value("${onetrip.privacy.kek.keyset:}") String keyset,
            @Value("${onetrip.privacy.kek.keyset-file:${onetrip.data-dir:./data}/keys/contact-kek.json}") Path file,
            JdbcTemplate jdbc) {
        return ContactKeyWrapping.load(
                keyset,
                file,
                () -> jdbc.queryForObject(
                        "select count(*) from contact_key where wrapped_key is not null", Long.class));
    }

    /** Wraps, at start, the keys an earlier release stored in the clear. */
    @Bean
    ContactKeyRewrapping contactKeyRewrapping(JdbcTemplate jdbc, ContactKeyWrapping wrapping) {
        var rewrapping = new ContactKeyRewrapping(jdbc, wrapping);
        rewrapping.wrapLegacyKeys();
        return rewrapping;
    }

    @Bean
    @ConditionalOnMissingBean
    ContactKeyStore contactKeyStore(JdbcTemplate jdbc, ContactKeyWrapping wrapping, Clock clock) {
        return new TableContactKeyStore(jdbc, wrapping, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ContactVault contactVault(ContactKeyStore keys) {
        return new AesGcmContactVault(keys);
    }
}
