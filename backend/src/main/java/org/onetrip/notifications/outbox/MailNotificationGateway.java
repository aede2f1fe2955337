package org.onetrip.notifications.outbox;

import java.util.Set;
import org.onetrip.notifications.api.OutgoingNotification;
import org.onetrip.shared.api.NotificationChannel;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail through Spring's mail support (SMTP configured with {@code spring.mail.*}). Failures are
 * rethrown without their cause, whose message can name the recipient's address.
 */
public class MailNotificationGateway implements NotificationGateway {

    private final JavaMailSender mail;
    private final String from;

    public MailNotificationGateway(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Set<NotificationChannel> channels() {
        return Set.of(NotificationChannel.EMAIL);
    }

    /** Without the cause: a mail exception's message can name the recipient's address. */
    private static IllegalStateException unavailable(OutgoingNotification notification, MailException e) {
        return new IllegalStateException(
                "mail server unavailable (" + e.getClass().getSimpleName() + ") for " + notification);
    }

    @Override
    public void send(OutgoingNotification notification) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notification.recipient());
        message.setSubject(notification.subject());
        message.setText(notification.text());
        try {
            mail.send(message);
        } catch (MailParseException e) {
            throw new UndeliverableException("malformed address for " + notification, null);
        } catch (MailSendException e) {
            if (!e.getFailedMessages().isEmpty()
                    && e.getFailedMessages().values().stream()
                            .allMatch(failure -> failure instanceof jakarta.mail.internet.AddressException)) {
                throw new UndeliverableException("address refused for " + notification, null);
            }
            throw unavailable(notification, e);
        } catch (MailException e) {
            throw unavailable(notification, e);
        }
    }
}
