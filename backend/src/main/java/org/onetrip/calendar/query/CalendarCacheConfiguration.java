package org.onetrip.calendar.query;

import org.axonframework.config.ConfigurerModule;
import org.onetrip.shared.config.SubscribingProcessors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CalendarCacheConfiguration {

    /** Subscribing, so the cache sees a publish in the publishing thread instead of a poll later. */
    public static ConfigurerModule subscribingCalendarCache() {
        return SubscribingProcessors.of(WorkingDays.PROCESSING_GROUP);
    }

    @Bean
    public ConfigurerModule calendarCacheProcessor() {
        return subscribingCalendarCache();
    }
}
