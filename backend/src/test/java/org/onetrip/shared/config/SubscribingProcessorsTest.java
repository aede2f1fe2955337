package org.onetrip.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.junit.jupiter.api.Test;

class SubscribingProcessorsTest {

    record Published(String what) {}

    @ProcessingGroup("registry")
    static class Registry {
        final List<String> seenBy = new ArrayList<>();

        @EventHandler
        void on(Published event) {
            seenBy.add(Thread.currentThread().getName());
        }
    }

    @Test
    void a_subscribing_processor_handles_events_in_the_publishing_thread_without_metering_each_event() {
        var meters = new SimpleMeterRegistry();
        var registry = new Registry();
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        new GlobalMetricRegistry(meters).registerWithConfigurerWithDefaultTags(configurer);
        SubscribingProcessors.of("registry").configureModule(configurer);
        configurer.eventProcessing().registerEventHandler(c -> registry);
        var axon = configurer.start();
        try {
            axon.eventBus().publish(GenericEventMessage.asEventMessage(new Published("filed")));

            assertThat(axon.eventProcessingConfiguration().eventProcessor("registry", SubscribingEventProcessor.class))
                    .isPresent();
            assertThat(registry.seenBy).containsExactly(Thread.currentThread().getName());
            assertThat(meters.getMeters())
                    .as("the event bus is still metered, the processor is not")
                    .isNotEmpty()
                    .noneMatch(meter -> "registry".equals(processorName(meter)));
        } finally {
            axon.shutdown();
        }
    }

    private static String processorName(Meter meter) {
        return meter.getId().getTag("processorName");
    }
}
