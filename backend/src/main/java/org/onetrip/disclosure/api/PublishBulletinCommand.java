package org.onetrip.disclosure.api;

import java.time.Instant;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Computes and publishes the monthly bulletin (定期通报) of {@code period}; {@code cutOff} defaults to
 * the first instant of the next month in Shanghai and may be earlier for an interim bulletin.
 */
public record PublishBulletinCommand(
        @TargetAggregateIdentifier String bulletinId,
        Actor actor,
        Channel channel,
        String title,
        YearMonth period,
        Instant cutOff) {}
