package org.onetrip.shared.processing;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.monitoring.NoOpMessageMonitor;

/**
 * Axon's Micrometer monitors report every event a processor sees, with tags looked up per message in the meter
 * registry: about a tenth of a filing's CPU for the subscribing processors and a third of a projection thread's
 * (docs/benchmarks.md). Processors registered through here have none.
 */
public final class UnmeteredProcessors {

    private UnmeteredProcessors() {}

    public static EventProcessingConfigurer withoutEventMetrics(EventProcessingConfigurer processing, String group) {
        return processing.registerMessageMonitor(group, configuration -> NoOpMessageMonitor.INSTANCE);
    }
}
