package org.onetrip.notifications.outbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onetrip.shared.api.NotificationChannel;

/** The gateway for each channel: the first configured provider that serves it, or the logging one. */
public class NotificationGateways {

    private final Map<NotificationChannel, NotificationGateway> byChannel = new EnumMap<>(NotificationChannel.class);

    public NotificationGateways(List<NotificationGateway> providers, NotificationGateway fallback) {
        for (var channel : NotificationChannel.values()) {
            byChannel.put(
                    channel,
                    providers.stream()
                            .filter(gateway -> gateway.channels().contains(channel))
                            .findFirst()
                            .orElse(fallback));
        }
    }

    public NotificationGateway forChannel(NotificationChannel channel) {
        return byChannel.get(channel);
    }
}
