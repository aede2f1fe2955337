package org.onetrip.notifications.outbox;

import java.util.EnumSet;
import java.util.Set;
import org.onetrip.notifications.api.OutgoingNotification;
import org.onetrip.shared.api.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default for channels without a provider (SMS and WeChat, and e-mail when no SMTP server
 * is configured): says in the log which template went out about what, never to whom or with which
 * values, so the log holds no contact data and no receipt, booking or tracking code.
 */
public class LoggingNotificationGateway implements NotificationGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingNotificationGateway.class);

    private final Set<NotificationChannel> channels;

    public LoggingNotificationGateway(Set<NotificationChannel> channels) {
        this.channels = channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels);
    }

    @Override
    public Set<NotificationChannel> channels() {
        return channels;
    }

    @Override
    public void send(OutgoingNotification notification) {
        log.info(
                "{} template {} about {} with parameters {} (no {} provider configured: logged, not sent)",
                notification.channel(),
                notification.topic(),
                notification.subjectId(),
                notification.parameters().keySet(),
                notification.channel());
    }
}
