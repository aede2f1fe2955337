package org.onetrip.calendar.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CalendarCacheConfiguration {

    /** Subscribing, so the cache sees a publish in the publishing thread instead of a poll later. */
    public static ConfigurerModule subscribingCalendarCache() {
        return configurer ->
                configurer.eventProcessing().registerSubscribingEventProcessor(WorkingDays.PROCESSING_GROUP);
    }

    @Bean
    public ConfigurerModule calendarCacheProcessor() {
        return subscribingCalendarCache();
    }
}
