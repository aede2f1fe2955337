package org.onetrip.projections.appointments;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.onetrip.projections.support.ProjectionIndexes;
import org.onetrip.projections.support.ProjectionProcessors;
import org.onetrip.projections.support.ReplayableProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appointments read side: its processor, indices, search and the reminder schedule. */
@Configuration(proxyBeanMethods = false)
public class AppointmentProjectionsConfiguration {

    @Bean
    AppointmentProjection appointmentProjection(ElasticsearchClient client, ProjectionIndexes indexes) {
        return new AppointmentProjection(
                client,
                indexes.index("appointment-slots", "projections/appointment-slots-index.json"),
                indexes.index("appointments", "projections/appointments-index.json"));
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
    ConfigurerModule appointmentProcessor(
            @Value("${onetrip.projections.segments:1}") int segments,
            @Value("${onetrip.projections.claim-interval:PT2S}") Duration claimInterval) {
        return ProjectionProcessors.module(AppointmentProjection.PROCESSING_GROUP, segments, 200, claimInterval);
    }
}
