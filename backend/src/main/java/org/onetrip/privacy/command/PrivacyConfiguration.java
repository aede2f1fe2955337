package org.onetrip.privacy.command;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded key store and vault; a KMS-backed {@link ContactKeyStore} bean replaces the table. */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ContactKeyStore contactKeyStore(ContactKeyRepository keys, Clock clock) {
        return new JpaContactKeyStore(keys, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ContactVault contactVault(ContactKeyStore keys) {
        return new AesGcmContactVault(keys);
    }
}
