package org.onetrip.notifications.api;

import java.util.Map;
import org.onetrip.shared.api.NotificationChannel;

/**
 * One message to one filer: the recipient's address for {@code channel} (an e-mail address, a phone
 * number or a WeChat openid), the template ({@code topic}) with its parameters for SMS and WeChat
 * providers, and the rendered subject and text for e-mail. {@code subjectId} names the case, booking
 * or request it is about. {@link #toString()} leaves out the address and the text, so a log line or
 * an exception message can never carry them.
 */
public record OutgoingNotification(
        NotificationChannel channel,
        String recipient,
        NotificationTopic topic,
        String subjectId,
        Map<String, String> parameters,
        String subject,
        String text) {

    public OutgoingNotification {
        parameters = Map.copyOf(parameters);
    }

    @Override
    public String toString() {
        return "OutgoingNotification[" + topic + " via " + channel + " about " + subjectId + ", parameters "
                + parameters.keySet() + "]";
    }
}
