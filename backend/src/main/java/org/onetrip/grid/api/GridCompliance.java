package org.onetrip.grid.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Visits done against visits required, per grid, for one month: the plan's rule "每个网格每名干部一个月至少
 * 走访一次" with the norm in force for the month. The rule lives here once; the bulletin (from events)
 * and the staff screens (from the search documents) both hand their facts to {@link #of}.
 *
 * <p>A cadre owes the month's norm to a grid when they hold one of its posts on the 15th of the month
 * (someone who leaves before then owes nothing, someone who arrives by then owes the full norm).
 * Each cadre's visits count up to the norm ({@code counted}), so one busy cadre cannot make up for
 * another who never went; all visits still show in {@code visits}.
 */
public record GridCompliance(YearMonth month, int visitsPerCadre, List<GridRow> grids, Totals totals) {

    /** The day of the month on which holding a post makes the cadre owe that month's visits. */
    public static final int DAY_OWED = 15;

    public GridCompliance {
        grids = List.copyOf(grids);
    }

    /** A grid as drawn, with everyone who held one of its posts and when. */
    public record GridRecord(String gridId, String name, String villageDepartmentCode, List<Tenure> tenures) {
        public GridRecord {
            tenures = List.copyOf(tenures);
        }
    }

    /** A post held from {@code from} (the day of assignment) until {@code until} (the day of release, or null). */
    public record Tenure(GridCadre cadre, LocalDate from, LocalDate until) {
        boolean heldOn(LocalDate day) {
            return !from.isAfter(day) && (until == null || until.isAfter(day));
        }
    }

    public record VisitRecord(String gridId, String personId, LocalDate visitedOn) {}

    /** A norm and the month it takes effect (null: since always), in the order they were set. */
    public record Norm(int visitsPerCadrePerMonth, YearMonth effectiveFrom) {}

    public record CadreRow(GridCadre cadre, boolean owes, int visits, int counted) {}

    public record GridRow(
            String gridId,
            String name,
            String villageDepartmentCode,
            int required,
            int done,
            int visits,
            Double rate,
            List<CadreRow> cadres) {
        public GridRow {
            cadres = List.copyOf(cadres);
        }

        public boolean complete() {
            return done >= required;
        }
    }

    public record Totals(int grids, int gridsComplete, int required, int done, int visits, Double rate) {}

    /** Per department of the cadres: how many visits its people owed and how many of those they made. */
    public record DepartmentVisits(String departmentCode, int required, int done) {
        public int missed() {
            return required - done;
        }
    }

    /** The norm of {@code month}: the last one set that had taken effect by then; the plan's 1 if none. */
    public static int normFor(YearMonth month, List<Norm> norms) {
        int visits = 1;
        for (var norm : norms) {
            if (norm.effectiveFrom() == null || !norm.effectiveFrom().isAfter(month)) {
                visits = norm.visitsPerCadrePerMonth();
            }
        }
        return visits;
    }

    public static GridCompliance of(
            YearMonth month, List<GridRecord> grids, List<VisitRecord> visits, List<Norm> norms) {
        int norm = normFor(month, norms);
        var owedDay = month.atDay(DAY_OWED);
        var visitsByGridAndPerson = new HashMap<String, Map<String, Integer>>();
        for (var visit : visits) {
            if (YearMonth.from(visit.visitedOn()).equals(month)) {
                visitsByGridAndPerson
                        .computeIfAbsent(visit.gridId(), id -> new HashMap<>())
                        .merge(visit.personId(), 1, Integer::sum);
            }
        }
        var rows = new ArrayList<GridRow>();
        int required = 0;
        int done = 0;
        int visitCount = 0;
        int complete = 0;
        for (var grid :
                grids.stream().sorted(Comparator.comparing(GridRecord::gridId)).toList()) {
            var byPerson = visitsByGridAndPerson.getOrDefault(grid.gridId(), Map.of());
            var cadres = new LinkedHashMap<String, CadreRow>();
            for (var tenure : grid.tenures()) {
                if (tenure.heldOn(owedDay)) {
                    var person = tenure.cadre().personId();
                    int made = byPerson.getOrDefault(person, 0);
                    cadres.put(person, new CadreRow(tenure.cadre(), true, made, Math.min(made, norm)));
                }
            }
            for (var tenure : grid.tenures()) {
                var person = tenure.cadre().personId();
                if (!cadres.containsKey(person) && byPerson.containsKey(person)) {
                    cadres.put(person, new CadreRow(tenure.cadre(), false, byPerson.get(person), 0));
                }
            }
            int gridRequired = 0;
            int gridDone = 0;
            for (var cadre : cadres.values()) {
                if (cadre.owes()) {
                    gridRequired += norm;
                    gridDone += cadre.counted();
                }
            }
            int gridVisits =
                    byPerson.values().stream().mapToInt(Integer::intValue).sum();
            var ordered = cadres.values().stream()
                    .sorted(Comparator.comparing((CadreRow c) -> !c.owes())
                            .thenComparing(c -> c.cadre().role()))
                    .toList();
            var row = new GridRow(
                    grid.gridId(),
                    grid.name(),
                    grid.villageDepartmentCode(),
                    gridRequired,
                    gridDone,
                    gridVisits,
                    rate(gridDone, gridRequired),
                    ordered);
            rows.add(row);
            required += gridRequired;
            done += gridDone;
            visitCount += gridVisits;
            if (row.complete()) {
                complete++;
            }
        }
        return new GridCompliance(
                month, norm, rows, new Totals(rows.size(), complete, required, done, visitCount, rate(done, required)));
    }

    /**
     * The same figures without the cadres' rows, as a public bulletin carries them: grids, not people
     * (public pages name no staff).
     */
    public GridCompliance withoutCadres() {
        return new GridCompliance(
                month,
                visitsPerCadre,
                grids.stream()
                        .map(row -> new GridRow(
                                row.gridId(),
                                row.name(),
                                row.villageDepartmentCode(),
                                row.required(),
                                row.done(),
                                row.visits(),
                                row.rate(),
                                List.of()))
                        .toList(),
                totals);
    }

    /** Owed and made visits per department of the cadres who owed them. */
    public List<DepartmentVisits> byDepartment() {
        var tally = new LinkedHashMap<String, int[]>();
        for (var grid : grids) {
            for (var cadre : grid.cadres()) {
                if (cadre.owes()) {
                    var counts = tally.computeIfAbsent(
                            Objects.requireNonNullElse(cadre.cadre().departmentCode(), ""), code -> new int[2]);
                    counts[0] += visitsPerCadre;
                    counts[1] += cadre.counted();
                }
            }
        }
        var result = new ArrayList<DepartmentVisits>();
        tally.forEach((code, counts) -> result.add(new DepartmentVisits(code, counts[0], counts[1])));
        result.sort(Comparator.comparing(DepartmentVisits::departmentCode));
        return result;
    }

    /** A percentage with one decimal; null when nothing was owed. */
    static Double rate(int done, int required) {
        return required == 0 ? null : Math.round(1000.0 * done / required) / 10.0;
    }
}
