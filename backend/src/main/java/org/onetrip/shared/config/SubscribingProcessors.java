package org.onetrip.shared.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.monitoring.NoOpMessageMonitor;

/**
 * A processing group whose handlers run inside the unit of work that publishes the events, so what they write
 * commits or rolls back with the events. Such a processor sees every event of every command, nearly all of them
 * events it ignores; Axon's Micrometer monitors, which report each one (as ignored) with tags looked up per
 * message, were about a tenth of a filing's CPU in the profile (docs/benchmarks.md), so these processors have none.
 * Their handlers' failures still fail the command, which is what shows.
 */
public final class SubscribingProcessors {

    private SubscribingProcessors() {}

    public static ConfigurerModule of(String processingGroup) {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(processingGroup)
                .registerMessageMonitor(processingGroup, configuration -> NoOpMessageMonitor.INSTANCE);
    }
}
