package org.onetrip.privacy.command;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.onetrip.privacy.query.ContactRetentionProjection;
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

    /** The retention list must commit with the events it is built from, so it subscribes. */
    @Bean
    ConfigurerModule contactRetentionProcessor() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(ContactRetentionProjection.PROCESSING_GROUP);
    }
}
