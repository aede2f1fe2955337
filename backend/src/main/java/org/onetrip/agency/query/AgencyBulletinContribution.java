package org.onetrip.agency.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.onetrip.agency.api.AgencyRequestCancelledEvent;
import org.onetrip.agency.api.AgencyRequestRegisteredEvent;
import org.onetrip.agency.api.AgencyResultHandedBackEvent;
import org.onetrip.disclosure.api.ServiceFigures;
import org.onetrip.disclosure.query.BulletinContribution;
import org.springframework.stereotype.Component;

/**
 * Agency requests handed back in the period, and requests still open at the cut-off past their due
 * date (the item's promised time limit), per department of the item: flagged like overdue cases.
 */
@Component
public class AgencyBulletinContribution implements BulletinContribution {

    @Override
    public Tally start(Instant periodStart, Instant cutOff) {
        var handedBack = new HashMap<String, Integer>();
        var open = new HashMap<String, AgencyRequestRegisteredEvent>();
        return new Tally() {
            @Override
            public boolean add(Object event) {
                if (event instanceof AgencyRequestRegisteredEvent registered
                        && registered.context().occurredAt().isBefore(cutOff)) {
                    open.put(registered.requestId(), registered);
                    return true;
                }
                if (event instanceof AgencyResultHandedBackEvent back
                        && back.context().occurredAt().isBefore(cutOff)) {
                    open.remove(back.requestId());
                    if (!back.context().occurredAt().isBefore(periodStart)) {
                        handedBack.merge(back.departmentCode(), 1, Integer::sum);
                    }
                    return true;
                }
                if (event instanceof AgencyRequestCancelledEvent cancelled
                        && cancelled.context().occurredAt().isBefore(cutOff)) {
                    open.remove(cancelled.requestId());
                    return true;
                }
                return false;
            }

            @Override
            public Map<String, ServiceFigures> figures(LocalDate lastDay) {
                var figures = new HashMap<String, ServiceFigures>();
                handedBack.forEach((department, n) ->
                        figures.merge(department, new ServiceFigures(0, 0, n, 0), ServiceFigures::plus));
                open.values().stream()
                        .filter(request -> request.deadline().dueDate().isBefore(lastDay))
                        .forEach(request -> figures.merge(
                                request.item().departmentCode(), new ServiceFigures(0, 0, 0, 1), ServiceFigures::plus));
                return figures;
            }
        };
    }
}
