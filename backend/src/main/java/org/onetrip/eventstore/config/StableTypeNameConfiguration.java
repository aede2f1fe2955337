package org.onetrip.eventstore.config;

import java.util.HashMap;
import java.util.Set;
import org.axonframework.serialization.Serializer;
import org.onetrip.shared.config.StoredTypeNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link StableTypeNameSerializer} around Axon's serializers, with every feature's moved event classes. */
@Configuration(proxyBeanMethods = false)
public class StableTypeNameConfiguration {

    /** Axon's event serializer, and the general and message ones that dead letters and snapshots may use. */
    static final Set<String> SERIALIZERS = Set.of("eventSerializer", "serializer", "messageSerializer");

    @Bean
    static BeanPostProcessor stableTypeNames(ObjectProvider<StoredTypeNames> moved) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof Serializer serializer)
                        || bean instanceof StableTypeNameSerializer
                        || !SERIALIZERS.contains(beanName)) {
                    return bean;
                }
                var byStoredName = new HashMap<String, Class<?>>();
                moved.orderedStream().forEach(names -> byStoredName.putAll(names.byStoredName()));
                return byStoredName.isEmpty() ? bean : new StableTypeNameSerializer(serializer, byStoredName);
            }
        };
    }
}
