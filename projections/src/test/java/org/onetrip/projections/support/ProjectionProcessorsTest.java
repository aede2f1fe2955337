package org.onetrip.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.junit.jupiter.api.Test;

class ProjectionProcessorsTest {

    record Published(String what) {}

    @ProcessingGroup("a-projection")
    static class Projection {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(Published event) {
            seen.add(event.what());
        }
    }

    @Test
    void a_projection_runs_as_a_tracking_processor_without_metering_each_event() throws Exception {
        var meters = new SimpleMeterRegistry();
        var projection = new Projection();
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        new GlobalMetricRegistry(meters).registerWithConfigurerWithDefaultTags(configurer);
        ProjectionProcessors.module("a-projection", 1, 10, Duration.ofMillis(100))
                .configureModule(configurer);
        configurer.eventProcessing().registerEventHandler(c -> projection);
        var axon = configurer.start();
        try {
            axon.eventBus().publish(GenericEventMessage.asEventMessage(new Published("filed")));
            var deadline = Instant.now().plusSeconds(10);
            while (projection.seen.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }

            assertThat(projection.seen).containsExactly("filed");
            assertThat(axon.eventProcessingConfiguration().eventProcessor("a-projection", TrackingEventProcessor.class))
                    .isPresent();
            assertThat(meters.getMeters())
                    .as("the event bus is still metered, the projection is not")
                    .isNotEmpty()
                    .noneMatch(meter -> "a-projection".equals(meter.getId().getTag("processorName")));
        } finally {
            axon.shutdown();
        }
    }
}
