package org.onetrip.notifications.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.api.NotificationChannel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The outbox processor and its gateways. E-mail goes through Spring's mail support once
 * {@code spring.mail.host} is set (Boot then provides the {@link JavaMailSender}); SMS and WeChat go
 * through any {@link NotificationGateway} bean a deployment adds for its provider. Every channel without
 * one falls back to {@link LoggingNotificationGateway}, the embedded default.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationsConfiguration {

    @Bean
    NotificationTexts notificationTexts() {
        return new NotificationTexts();
    }

    @Bean
    NotificationGateways notificationGateways(
            ObjectProvider<JavaMailSender> mail,
            ObjectProvider<NotificationGateway> providers,
            NotificationProperties properties) {
        var gateways = new ArrayList<NotificationGateway>();
        mail.ifAvailable(sender -> gateways.add(new MailNotificationGateway(sender, properties.mailFrom())));
        providers.orderedStream().forEach(gateways::add);
        return new NotificationGateways(
                gateways, new LoggingNotificationGateway(EnumSet.allOf(NotificationChannel.class)));
    }

    @Bean
    FilerNotifier filerNotifier(
            EventStore eventStore,
            ContactVault vault,
            CommandGateway commands,
            QueryGateway queries,
            NotificationGateways gateways,
            NotificationTexts texts,
            NotificationProperties properties,
            DepartmentDirectory departments,
            Clock clock) {
        return new FilerNotifier(eventStore, vault, commands, queries, gateways, texts, properties, departments, clock);
    }

    /**
     * One event per transaction, so a delivery is recorded with exactly its own token step; a failure is
     * propagated, so the processor retries with back-off instead of moving on. On first start it begins
     * at the head of the store: an existing installation does not tell anyone about old events.
     */
    @Bean
    ConfigurerModule filerNotificationProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(
                        FilerNotifier.PROCESSING_GROUP,
                        configuration -> configuration.eventStore(),
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(1)
                                .andInitialTrackingToken(source -> source.createHeadToken()))
                .registerListenerInvocationErrorHandler(
                        FilerNotifier.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }
}
