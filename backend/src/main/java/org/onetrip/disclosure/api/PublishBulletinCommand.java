package org.onetrip.disclosure.api;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Computes and publishes the monthly bulletin (定期通报) of {@code period}; {@code cutOff} defaults to
 * the first instant of the next month in Shanghai and may be earlier for an interim bulletin. A period and cut-off
 * are published once: the bulletin's id is made of them, so a second publication, even at the same moment, finds the
 * id taken.
 */
public record PublishBulletinCommand(
        @TargetAggregateIdentifier String bulletinId,
        Actor actor,
        Channel channel,
        String title,
        YearMonth period,
        Instant cutOff) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final DateTimeFormatter ID_INSTANT =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    public static PublishBulletinCommand of(
            Actor actor, Channel channel, String title, YearMonth period, Instant cutOff, ZoneId zone) {
        // a period out of range gets an id of its own; the bulletin refuses it
        var effective = cutOff != null ? cutOff : inRange(period) ? periodEnd(period, zone) : null;
        var id = "bulletin-" + period + (effective == null ? "" : "-" + ID_INSTANT.format(effective));
        return new PublishBulletinCommand(id, actor, channel, title, period, cutOff);
    }

    public static boolean inRange(YearMonth period) {
        return period != null && period.getYear() >= FIRST_YEAR && period.getYear() <= LAST_YEAR;
    }

    /** The first instant of the month after {@code period}: the default cut-off. */
    public static Instant periodEnd(YearMonth period, ZoneId zone) {
        return period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }
}
