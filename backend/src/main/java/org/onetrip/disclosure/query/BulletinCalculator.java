package org.onetrip.disclosure.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.disclosure.api.BulletinComputation;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.api.LiaisonVisits;
import org.onetrip.disclosure.api.ServiceFigures;
import org.onetrip.disclosure.command.BulletinFiguresSource;
import org.onetrip.enterprise.query.EnterpriseHistory;
import org.onetrip.grid.query.GridHistory;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.organisation.query.DepartmentDirectory;

/**
 * Bulletin figures straight from the stored case events. A computation reads the store in global
 * order no further than a position, keeps events that happened before the cut-off, and counts working
 * days on a fixed calendar version; recording those three makes it repeatable however many events,
 * late or new, are stored later.
 *
 * <p>Per department, for events in [periodStart, cutOff): received = assignments and transfers to it;
 * answered, of which on time = answered no later than the due date in force (extensions included);
 * average working days from receiving the case to answering it; returns and transfers made by it;
 * ping-pongs = a case coming back to a department with one other in between (A→B→A), counted for both;
 * ratings of its answers and the share that are not dissatisfied; supervisions opened on cases it held;
 * accountability recorded against it. Overdue open = cases it holds unanswered at the cut-off past their due date.
 * The service mechanisms add their figures ({@link ServiceFigures}) through {@link BulletinContribution}s.
 */
public class BulletinCalculator implements BulletinFiguresSource {

    public static final String TOTAL = "全乡合计";

    private final EventStorageEngine storage;
    private final WorkingDays workingDays;
    private final DepartmentDirectory departments;
    private final List<BulletinContribution> contributions;

    public BulletinCalculator(EventStorageEngine storage, WorkingDays workingDays, DepartmentDirectory departments) {
        this(storage, workingDays, departments, List.of());
    }

    public BulletinCalculator(
            EventStorageEngine storage,
            WorkingDays workingDays,
            DepartmentDirectory departments,
            List<BulletinContribution> contributions) {
        this.storage = storage;
        this.workingDays = workingDays;
        this.departments = departments;
        this.contributions = List.copyOf(contributions);
    }

    @Override
    public BulletinComputation compute(Instant periodStart, Instant cutOff) {
        return compute(periodStart, cutOff, Long.MAX_VALUE, workingDays.currentVersion());
    }

    /** The computation as it was (or would have been) when the store ended at {@code lastPosition}. */
    public BulletinComputation compute(Instant periodStart, Instant cutOff, long lastPosition, long calendarVersion) {
        var tally = new Tally(periodStart, cutOff, calendarVersion);
        var grids = new GridHistory(cutOff);
        var enterprises = new EnterpriseHistory(cutOff);
        var shares =
                contributions.stream().map(c -> c.start(periodStart, cutOff)).toList();
        long head = -1;
        long used = 0;
        try (var stream = storage.readEvents(null, false)) {
            for (var iterator = stream.iterator(); iterator.hasNext(); ) {
                TrackedEventMessage<?> message = iterator.next();
                long position = message.trackingToken().position().orElse(head + 1);
                if (position > lastPosition) {
                    break;
                }
                head = Math.max(head, position);
                if (!CaseEvent.class.isAssignableFrom(message.getPayloadType())) {
                    var payload = message.getPayload();
                    if (grids.add(payload) || enterprises.add(payload)) {
                        used++;
                    }
                    for (var share : shares) {
                        if (share.add(payload)) {
                            used++;
                        }
                    }
                    continue;
                }
                var event = (CaseEvent) message.getPayload();
                enterprises.add(event);
                if (event.context().occurredAt().isBefore(cutOff)) {
                    tally.add(event);
                    used++;
                }
            }
        }
        var month = YearMonth.from(periodStart.atZone(WorkingDays.ZONE));
        var caseFigures = tally.figures(shares);
        return new BulletinComputation(
                periodStart,
                cutOff,
                lastPosition == Long.MAX_VALUE ? head : lastPosition,
                used,
                calendarVersion,
                new BulletinFigures(
                        caseFigures.departments(),
                        caseFigures.totals(),
                        grids.compliance(month).withoutCadres(),
                        enterprises.figures(month, periodStart)),
                liaisonVisits(grids, enterprises, periodStart, cutOff));
    }

    /**
     * Per department, the grid visits its cadres owed and made, and the enterprise-months its liaison
     * cadres owed and visited, over the months of [periodStart, cutOff) that have ended by the cut-off.
     */
    private static Map<String, LiaisonVisits> liaisonVisits(
            GridHistory grids, EnterpriseHistory enterprises, Instant periodStart, Instant cutOff) {
        var result = new TreeMap<String, LiaisonVisits>();
        var lastDay = cutOff.minusNanos(1).atZone(WorkingDays.ZONE).toLocalDate();
        for (var month = YearMonth.from(periodStart.atZone(WorkingDays.ZONE));
                !month.atEndOfMonth().isAfter(lastDay);
                month = month.plusMonths(1)) {
            for (var owed : grids.compliance(month).byDepartment()) {
                result.merge(
                        owed.departmentCode(),
                        new LiaisonVisits(owed.required(), owed.done(), 0, 0),
                        LiaisonVisits::plus);
            }
            for (var owed : enterprises.visitsByDepartment(month)) {
                result.merge(
                        owed.departmentCode(),
                        new LiaisonVisits(0, 0, owed.required(), owed.done()),
                        LiaisonVisits::plus);
            }
        }
        return result;
    }

    /** A case as the tally follows it: its state, and when and by whom it was last received. */
    private static final class Track {
        CaseState state = CaseState.NONE;
        LocalDate receivedOn;
        final List<String> holders = new ArrayList<>();
    }

    private static final class Counts {
        int received;
        int answered;
        int answeredOnTime;
        long workingDaysToAnswer;
        int returns;
        int transfers;
        int pingPongs;
        int rated;
        int good;
        int supervisions;
        int accountabilities;
        int overdueOpen;
        ServiceFigures services = ServiceFigures.NONE;
    }

    private final class Tally {
        private final Instant periodStart;
        private final Instant cutOff;
        private final long calendarVersion;
        private final Map<String, Track> cases = new HashMap<>();
        private final Map<String, Counts> counts = new HashMap<>();
        private int pingPongCases;

        Tally(Instant periodStart, Instant cutOff, long calendarVersion) {
            this.periodStart = periodStart;
            this.cutOff = cutOff;
            this.calendarVersion = calendarVersion;
        }

        void add(CaseEvent event) {
            var track = cases.computeIfAbsent(event.caseId(), id -> new Track());
            var before = track.state;
            track.state = before.step(event);
            boolean counted = !event.context().occurredAt().isBefore(periodStart);
            var day = event.context().occurredAt().atZone(WorkingDays.ZONE).toLocalDate();
            if (event instanceof CaseAssignedEvent assigned) {
                receive(track, assigned.departmentCode(), day, counted);
            } else if (event instanceof CaseTransferredEvent transferred) {
                if (counted) {
                    of(transferred.fromDepartmentCode()).transfers++;
                }
                receive(track, transferred.toDepartmentCode(), day, counted);
            } else if (event instanceof CaseReturnedEvent returned) {
                if (counted) {
                    of(returned.fromDepartmentCode()).returns++;
                }
            } else if (event instanceof CaseAnsweredEvent answer) {
                if (counted) {
                    var department = of(answer.departmentCode());
                    department.answered++;
                    if (before.dueDate() == null || !day.isAfter(before.dueDate())) {
                        department.answeredOnTime++;
                    }
                    if (track.receivedOn != null) {
                        department.workingDaysToAnswer +=
                                Math.max(0, workingDays.workingDaysBetween(track.receivedOn, day, calendarVersion));
                    }
                }
            } else if (event instanceof CaseRatedEvent rated) {
                if (counted && before.answeringDepartmentCode() != null) {
                    var department = of(before.answeringDepartmentCode());
                    department.rated++;
                    if (!rated.rating().isBad()) {
                        department.good++;
                    }
                }
            } else if (event instanceof CaseReopenedEvent) {
                track.receivedOn = day;
            } else if (event instanceof SupervisionOpenedEvent) {
                if (counted) {
                    of(firstNonNull(
                                    before.departmentCode(),
                                    before.answeringDepartmentCode(),
                                    before.concernedDepartmentCode()))
                            .supervisions++;
                }
            } else if (event instanceof AccountabilityRecordedEvent accountability) {
                if (counted) {
                    of(accountability.departmentCode()).accountabilities++;
                }
            }
        }

        private void receive(Track track, String department, LocalDate day, boolean counted) {
            track.receivedOn = day;
            if (counted) {
                of(department).received++;
            }
            var holders = track.holders;
            if (!holders.isEmpty() && holders.get(holders.size() - 1).equals(department)) {
                return;
            }
            holders.add(department);
            int n = holders.size();
            if (counted && n >= 3 && holders.get(n - 1).equals(holders.get(n - 3))) {
                of(holders.get(n - 1)).pingPongs++;
                of(holders.get(n - 2)).pingPongs++;
                pingPongCases++;
            }
        }

        BulletinFigures figures(List<BulletinContribution.Tally> shares) {
            // the cut-off is exclusive: its own day counts only if the cut-off is after midnight
            var lastDay = cutOff.minusNanos(1).atZone(WorkingDays.ZONE).toLocalDate();
            for (var share : shares) {
                share.figures(lastDay).forEach((code, figures) -> {
                    var c = of(code);
                    c.services = c.services.plus(figures);
                });
            }
            for (var track : cases.values()) {
                var state = track.state;
                if (state.exists()
                        && !state.status().isFinal()
                        && !state.answered()
                        && state.departmentCode() != null
                        && state.dueDate() != null
                        && state.dueDate().isBefore(lastDay)) {
                    of(state.departmentCode()).overdueOpen++;
                }
            }
            var ordered = new LinkedHashMap<String, Counts>();
            for (var department : departments.all()) {
                if (department.type() == DepartmentType.OFFICE
                        || department.type() == DepartmentType.VILLAGE
                        || counts.containsKey(department.code())) {
                    ordered.put(department.code(), counts.getOrDefault(department.code(), new Counts()));
                }
            }
            new TreeMap<>(counts).forEach(ordered::putIfAbsent);
            var rows = new ArrayList<DepartmentFigures>();
            var total = new Counts();
            ordered.forEach((code, c) -> {
                rows.add(row(code, departments.find(code).map(d -> d.nameZh()).orElse(code), c));
                total.received += c.received;
                total.answered += c.answered;
                total.answeredOnTime += c.answeredOnTime;
                total.workingDaysToAnswer += c.workingDaysToAnswer;
                total.returns += c.returns;
                total.transfers += c.transfers;
                total.rated += c.rated;
                total.good += c.good;
                total.supervisions += c.supervisions;
                total.accountabilities += c.accountabilities;
                total.overdueOpen += c.overdueOpen;
                total.services = total.services.plus(c.services);
            });
            total.pingPongs = pingPongCases;
            return new BulletinFigures(rows, row(null, TOTAL, total));
        }

        private Counts of(String department) {
            return counts.computeIfAbsent(department == null ? "unassigned" : department, code -> new Counts());
        }
    }

    /** A department's row with nothing counted, for departments assessed on field visits alone. */
    static DepartmentFigures emptyRow(String code, String name) {
        return row(code, name, new Counts());
    }

    private static DepartmentFigures row(String code, String name, Counts c) {
        return new DepartmentFigures(
                code,
                name,
                c.received,
                c.answered,
                c.answeredOnTime,
                percent(c.answeredOnTime, c.answered),
                c.answered == 0 ? null : oneDecimal((double) c.workingDaysToAnswer / c.answered),
                c.returns,
                c.transfers,
                c.pingPongs,
                c.rated,
                c.good,
                percent(c.good, c.rated),
                c.supervisions,
                c.accountabilities,
                c.overdueOpen,
                c.services.appointmentsServed(),
                c.services.appointmentsMoreThanOneTrip(),
                c.services.agencyHandedBack(),
                c.services.agencyOverdueOpen());
    }

    private static Double percent(int part, int whole) {
        return whole == 0 ? null : oneDecimal(100.0 * part / whole);
    }

    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (var value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
