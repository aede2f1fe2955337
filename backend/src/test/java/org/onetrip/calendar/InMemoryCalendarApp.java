package org.onetrip.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.onetrip.calendar.command.WorkingCalendar;
import org.onetrip.calendar.query.CalendarCacheConfiguration;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.calendar.seed.CalendarSeeder;
import org.onetrip.shared.command.EventContexts;

/**
 * The calendar wired with real Axon components and no Spring: an embedded event store on an in-memory
 * engine, the aggregate, and {@link WorkingDays} in its subscribing processing group.
 */
public final class InMemoryCalendarApp implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2025-11-04T02:00:00Z");

    static {
        System.setProperty("disable-axoniq-console-message", "true");
    }

    private final Configuration configuration;

    public InMemoryCalendarApp() {
        AtomicInteger eventNumber = new AtomicInteger();
        EventContexts contexts =
                new EventContexts(Clock.fixed(NOW, ZoneOffset.UTC), () -> "event-" + eventNumber.incrementAndGet());
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
                .build();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(WorkingCalendar.class)
                .registerComponent(EventContexts.class, c -> contexts)
                .registerComponent(WorkingDays.class, c -> new WorkingDays(c.eventStore()));
        configurer.eventProcessing().registerEventHandler(c -> c.getComponent(WorkingDays.class));
        CalendarCacheConfiguration.subscribingCalendarCache().configureModule(configurer);
        configuration = configurer.start();
    }

    public CommandGateway commandGateway() {
        return configuration.commandGateway();
    }

    public EventStore eventStore() {
        return configuration.eventStore();
    }

    public WorkingDays workingDays() {
        return configuration.getComponent(WorkingDays.class);
    }

    public CalendarSeeder seeder() {
        return new CalendarSeeder(commandGateway(), workingDays());
    }

    public Configuration configuration() {
        return configuration;
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
