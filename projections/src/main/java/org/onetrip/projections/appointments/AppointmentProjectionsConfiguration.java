package org.onetrip.projections.appointments;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.support.ReplayableProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appointments read side: its processor, indices, search and the reminder schedule. */
@Configuration(proxyBeanMethods = false)
public class AppointmentProjectionsConfiguration {

    @Bean
    AppointmentProjection appointmentProjection(
            ElasticsearchClient client, @Value("${onetrip.search.index-prefix:onetrip}") String prefix, Clock clock) {
        var slots = new ProjectionIndex(
                client, prefix + "-appointment-slots", "projections/appointment-slots-index.json", clock);
        var bookings =
                new ProjectionIndex(client, prefix + "-appointments", "projections/appointments-index.json", clock);
        slots.ensureExists();
        bookings.ensureExists();
        return new AppointmentProjection(client, slots, bookings);
    }

    @Bean
    ReplayableProjection appointmentsReplayable(AppointmentProjection projection) {
        return new ReplayableProjection(
                AppointmentProjection.PROCESSING_GROUP, List.of(projection.slots(), projection.bookings()));
    }

    @Bean
    AppointmentSearch appointmentSearch(ElasticsearchClient client, AppointmentProjection projection, Clock clock) {
        return new AppointmentSearch(
                client, projection.slots().readAlias(), projection.bookings().readAlias(), clock);
    }

    @Bean
    BookingReminders bookingReminders(
            AppointmentSearch search,
            CommandGateway commands,
            @Value("${onetrip.notifications.reminder-lead:PT24H}") Duration lead,
            Clock clock) {
        return new BookingReminders(search, commands, lead, clock);
    }

    @Bean
    ConfigurerModule appointmentProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(
                        AppointmentProjection.PROCESSING_GROUP,
                        configuration -> configuration.eventStore(),
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(200))
                .registerListenerInvocationErrorHandler(
                        AppointmentProjection.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }
}
