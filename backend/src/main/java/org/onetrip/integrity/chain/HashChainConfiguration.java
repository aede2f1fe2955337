package org.onetrip.integrity.chain;

import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link HashChainingStorageEngine} around the event storage engine bean, whichever store
 * configuration made it. {@code onetrip.integrity.chain=false} exists for the benchmark's baseline only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "onetrip.integrity.chain", havingValue = "true", matchIfMissing = true)
public class HashChainConfiguration {

    @Bean
    static BeanPostProcessor hashChainingEngines(BeanFactory beans) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof EventStorageEngine engine && !(bean instanceof HashChainingStorageEngine)) {
                    // Looked up late: asking for the serializer while post-processors are built would create it too
                    // early.
                    return new HashChainingStorageEngine(
                            engine, () -> beans.getBean("eventSerializer", Serializer.class));
                }
                return bean;
            }
        };
    }

    @Bean
    InitializingBean h2InplaceMetaData(ObjectProvider<DataSource> dataSource) {
        return () -> dataSource.ifAvailable(H2InplaceMetaData::ensure);
    }
}
