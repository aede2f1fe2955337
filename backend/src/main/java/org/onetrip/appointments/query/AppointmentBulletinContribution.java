package org.onetrip.appointments.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.onetrip.appointments.api.AppointmentServedEvent;
import org.onetrip.appointments.api.ServiceOutcome;
import org.onetrip.disclosure.api.ServiceFigures;
import org.onetrip.disclosure.query.BulletinContribution;
import org.springframework.stereotype.Component;

/**
 * Bookings served in the period, per department of the item, and of them those that took more than one
 * trip: the bulletin counts a "跑多次" outcome against the department like a complaint of that category.
 */
@Component
public class AppointmentBulletinContribution implements BulletinContribution {

    @Override
    public Tally start(Instant periodStart, Instant cutOff) {
        var counts = new HashMap<String, ServiceFigures>();
        return new Tally() {
            @Override
            public boolean add(Object event) {
                if (!(event instanceof AppointmentServedEvent served)
                        || !served.context().occurredAt().isBefore(cutOff)) {
                    return false;
                }
                if (!served.context().occurredAt().isBefore(periodStart)) {
                    boolean extra = served.outcome() == ServiceOutcome.MORE_THAN_ONE_TRIP;
                    counts.merge(
                            served.departmentCode(), new ServiceFigures(1, extra ? 1 : 0, 0, 0), ServiceFigures::plus);
                }
                return true;
            }

            @Override
            public Map<String, ServiceFigures> figures(LocalDate lastDay) {
                return Map.copyOf(counts);
            }
        };
    }
}
