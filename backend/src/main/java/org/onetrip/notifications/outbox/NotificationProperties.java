package org.onetrip.notifications.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onetrip.notifications.*}: the public address links in messages start with, the sender of
 * e-mails, how old an event may be and still be told (older ones, e.g. after a long outage, are
 * skipped), and how long before a booking its reminder goes out.
 */
@ConfigurationProperties("onetrip.notifications")
public record NotificationProperties(
        String publicBaseUrl, String mailFrom, Duration maxAge, Duration reminderLead, Boolean enabled) {

    public NotificationProperties {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank()
                ? "http://localhost:8080"
                : publicBaseUrl.replaceAll("/+$", "");
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "noreply@onetrip.invalid" : mailFrom;
        maxAge = maxAge == null ? Duration.ofDays(7) : maxAge;
        reminderLead = reminderLead == null ? Duration.ofHours(24) : reminderLead;
        enabled = enabled == null || enabled;
    }
}
