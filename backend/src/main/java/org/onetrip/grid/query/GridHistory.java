package org.onetrip.grid.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.grid.api.GridCadreAssignedEvent;
import org.onetrip.grid.api.GridCadreReleasedEvent;
import org.onetrip.grid.api.GridCompliance;
import org.onetrip.grid.api.GridDefinedEvent;
import org.onetrip.grid.api.GridRevisedEvent;
import org.onetrip.grid.api.GridVisitLoggedEvent;
import org.onetrip.grid.api.GridVisitNormSetEvent;

/**
 * Grids, posts, visits and norms folded from their events in store order, for figures that must be
 * reproducible from the store alone (bulletins, the annual assessment). Only events that happened
 * before {@code cutOff} count; the compliance rule itself is {@link GridCompliance}.
 */
public class GridHistory {

    private final Instant cutOff;
    private final Map<String, Grid> grids = new LinkedHashMap<>();
    private final List<GridCompliance.VisitRecord> visits = new ArrayList<>();
    private final List<GridCompliance.Norm> norms = new ArrayList<>();

    public GridHistory(Instant cutOff) {
        this.cutOff = cutOff;
    }

    private static final class Grid {
        String name;
        String village;
        final List<GridCompliance.Tenure> tenures = new ArrayList<>();
    }

    /** Folds the event in if it is a grid fact from before the cut-off; answers whether it did. */
    public boolean add(Object payload) {
        if (payload instanceof GridVisitNormSetEvent norm) {
            if (!norm.context().occurredAt().isBefore(cutOff)) {
                return false;
            }
            norms.add(new GridCompliance.Norm(norm.visitsPerCadrePerMonth(), norm.effectiveFrom()));
            return true;
        }
        if (!(payload instanceof org.onetrip.grid.api.GridEvent event)
                || !event.context().occurredAt().isBefore(cutOff)) {
            return false;
        }
        var day = LocalDate.ofInstant(event.context().occurredAt(), WorkingDays.ZONE);
        if (event instanceof GridDefinedEvent defined) {
            var grid = grids.computeIfAbsent(defined.gridId(), id -> new Grid());
            grid.name = defined.name();
            grid.village = defined.villageDepartmentCode();
        } else if (event instanceof GridRevisedEvent revised && grids.containsKey(revised.gridId())) {
            grids.get(revised.gridId()).name = revised.name();
        } else if (event instanceof GridCadreAssignedEvent assigned && grids.containsKey(assigned.gridId())) {
            grids.get(assigned.gridId()).tenures.add(new GridCompliance.Tenure(assigned.cadre(), day, null));
        } else if (event instanceof GridCadreReleasedEvent released && grids.containsKey(released.gridId())) {
            var tenures = grids.get(released.gridId()).tenures;
            for (int i = 0; i < tenures.size(); i++) {
                var tenure = tenures.get(i);
                if (tenure.until() == null && tenure.cadre().equals(released.cadre())) {
                    tenures.set(i, new GridCompliance.Tenure(tenure.cadre(), tenure.from(), day));
                }
            }
        } else if (event instanceof GridVisitLoggedEvent visit) {
            visits.add(
                    new GridCompliance.VisitRecord(visit.gridId(), visit.cadre().personId(), visit.visitedOn()));
        }
        return true;
    }

    public boolean isEmpty() {
        return grids.isEmpty();
    }

    public GridCompliance compliance(YearMonth month) {
        var records = new ArrayList<GridCompliance.GridRecord>();
        grids.forEach(
                (id, grid) -> records.add(new GridCompliance.GridRecord(id, grid.name, grid.village, grid.tenures)));
        return GridCompliance.of(month, records, visits, norms);
    }
}
