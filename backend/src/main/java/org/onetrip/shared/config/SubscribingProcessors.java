package org.onetrip.shared.config;

import org.axonframework.config.ConfigurerModule;
import org.onetrip.shared.processing.UnmeteredProcessors;

/**
 * A processing group whose handlers run inside the unit of work that publishes the events, so what they write
 * commits or rolls back with the events. Such a processor sees every event of every command, nearly all of them
 * events it ignores, so it has no per-event metrics ({@link UnmeteredProcessors}). Its handlers' failures still fail
 * the command, which is what shows.
 */
public final class SubscribingProcessors {

    private SubscribingProcessors() {}

    public static ConfigurerModule of(String processingGroup) {
        return configurer -> UnmeteredProcessors.withoutEventMetrics(
                configurer.eventProcessing().registerSubscribingEventProcessor(processingGroup), processingGroup);
    }
}
