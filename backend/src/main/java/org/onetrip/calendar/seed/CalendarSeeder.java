package org.onetrip.calendar.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.onetrip.calendar.api.CalendarIds;
import org.onetrip.calendar.query.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Publishes the shipped arrangement of each year that has none yet. Years already published are
 * left alone, so a restart adds no version and a correction made later is never overwritten.
 */
@Component
@ConditionalOnProperty(name = "onetrip.calendar.seed", havingValue = "true", matchIfMissing = true)
public class CalendarSeeder {

    private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);

    private final CommandGateway commandGateway;
    private final WorkingDays workingDays;

    public CalendarSeeder(CommandGateway commandGateway, WorkingDays workingDays) {
        this.commandGateway = commandGateway;
        this.workingDays = workingDays;
    }

    /** Returns the years it published. */
    public List<Integer> seed() {
        SeedCalendar seed = SeedCalendar.load();
        if (!CalendarIds.NATIONAL.equals(seed.calendarId())) {
            throw new IllegalStateException("The seed file is for calendar " + seed.calendarId()
                    + ", but working days are counted on " + CalendarIds.NATIONAL);
        }
        Set<Integer> published = workingDays.publishedYears();
        List<Integer> seeded = new ArrayList<>();
        for (SeedCalendar.SeedYear year : seed.years()) {
            if (!published.contains(year.year())) {
                commandGateway.sendAndWait(seed.publishCommand(year));
                seeded.add(year.year());
            }
        }
        if (!seeded.isEmpty()) {
            log.info("Published the shipped holiday arrangements of {} to calendar {}", seeded, seed.calendarId());
        }
        return seeded;
    }
}
