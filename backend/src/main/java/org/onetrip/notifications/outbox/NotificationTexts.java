package org.onetrip.notifications.outbox;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.onetrip.notifications.api.NotificationTopic;

/**
 * The texts of {@code notifications/texts.properties}. Parameters are named ({@code {dueDate}}) rather
 * than numbered because SMS and WeChat providers' approved templates name them the same way.
 */
public class NotificationTexts {

    private final Properties texts = new Properties();

    public NotificationTexts() {
        try (var in = new InputStreamReader(
                NotificationTexts.class.getResourceAsStream("/notifications/texts.properties"),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var topic : NotificationTopic.values()) {
            for (var part : new String[] {"subject", "text", "sms"}) {
                if (texts.getProperty(topic + "." + part) == null) {
                    throw new IllegalStateException("no text " + topic + "." + part);
                }
            }
        }
    }

    public String subject(NotificationTopic topic, Map<String, String> parameters) {
        return fill(texts.getProperty(topic + ".subject"), parameters);
    }

    public String text(NotificationTopic topic, Map<String, String> parameters) {
        return fill(texts.getProperty(topic + ".text"), parameters);
    }

    public String sms(NotificationTopic topic, Map<String, String> parameters) {
        return fill(texts.getProperty(topic + ".sms"), parameters);
    }

    static String fill(String template, Map<String, String> parameters) {
        var out = template;
        for (var entry : parameters.entrySet()) {
            out = out.replace("{" + entry.getKey() + "}", entry.getValue() == null ? "" : entry.getValue());
        }
        return out;
    }
}
