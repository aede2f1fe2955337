package org.onetrip.notifications.outbox;

import java.util.Set;
import org.onetrip.notifications.api.OutgoingNotification;
import org.onetrip.shared.api.NotificationChannel;

/**
 * Where notifications leave the service: e-mail through Spring's mail support, SMS and WeChat
 * template messages through a provider's adapter. A {@code RuntimeException} from {@link #send} means
 * "try again later" (the outbox retries with back-off); {@link UndeliverableException} means this
 * address will never work, and the outbox moves on.
 */
public interface NotificationGateway {

    Set<NotificationChannel> channels();

    void send(OutgoingNotification notification);

    /** The address is malformed or refused for good; nothing is gained by retrying. */
    class UndeliverableException extends RuntimeException {
        public UndeliverableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
