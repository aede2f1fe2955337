package org.onetrip.grid.api;

import java.util.List;

public record GridVisitNormsResponse(List<Entry> norms) {

    public GridVisitNormsResponse {
        norms = List.copyOf(norms);
    }

    /** One norm as set: from which month (null: since always), by whom, why. */
    public record Entry(
            int visitsPerCadrePerMonth,
            java.time.YearMonth effectiveFrom,
            java.time.Instant setAt,
            String setBy,
            String reason) {}

    public List<GridCompliance.Norm> rule() {
        return norms.stream()
                .map(entry -> new GridCompliance.Norm(entry.visitsPerCadrePerMonth(), entry.effectiveFrom()))
                .toList();
    }
}
