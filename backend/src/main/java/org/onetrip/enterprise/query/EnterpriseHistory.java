package org.onetrip.enterprise.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseOrigin;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.enterprise.api.EnterpriseEvent;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.enterprise.api.EnterpriseLiaisonChangedEvent;
import org.onetrip.enterprise.api.EnterpriseLiaisonFigures;
import org.onetrip.enterprise.api.EnterpriseRegisteredEvent;
import org.onetrip.enterprise.api.EnterpriseVisitLoggedEvent;
import org.onetrip.grid.api.GridCompliance;

/**
 * The register, the ledgers' visits and the enterprise requests folded from their events in store order,
 * for the bulletin and the annual assessment. Only events from before {@code cutOff} count.
 */
public class EnterpriseHistory {

    private final Instant cutOff;
    private final Map<String, Enterprise> enterprises = new LinkedHashMap<>();
    private final Map<String, Request> requests = new HashMap<>();

    public EnterpriseHistory(Instant cutOff) {
        this.cutOff = cutOff;
    }

    private static final class Enterprise {
        Instant registeredAt;
        /** Liaison department from the day it took over: the latest entry in force on a day is the one. */
        final TreeMap<LocalDate, String> liaisonDepartments = new TreeMap<>();

        final Set<YearMonth> visited = new HashSet<>();
    }

    private static final class Request {
        EnterpriseIssueType type;
        Instant raisedAt;
        Instant answeredAt;
        LocalDate dueDate;
        boolean answered;
        boolean ended;
    }

    /**
     * Folds in an enterprise fact, or a case event of an enterprise request, from before the cut-off;
     * answers whether it folded an enterprise fact (case events are the bulletin's own to count).
     */
    public boolean add(Object payload) {
        if (payload instanceof CaseEvent event) {
            addCase(event);
            return false;
        }
        if (!(payload instanceof EnterpriseEvent event)
                || !event.context().occurredAt().isBefore(cutOff)) {
            return false;
        }
        var day = LocalDate.ofInstant(event.context().occurredAt(), WorkingDays.ZONE);
        if (event instanceof EnterpriseRegisteredEvent registered) {
            var enterprise = enterprises.computeIfAbsent(registered.enterpriseId(), id -> new Enterprise());
            enterprise.registeredAt = registered.context().occurredAt();
            enterprise.liaisonDepartments.put(day, registered.liaison().departmentCode());
        } else if (event instanceof EnterpriseLiaisonChangedEvent changed
                && enterprises.containsKey(changed.enterpriseId())) {
            enterprises
                    .get(changed.enterpriseId())
                    .liaisonDepartments
                    .put(day, changed.to().departmentCode());
        } else if (event instanceof EnterpriseVisitLoggedEvent visit && enterprises.containsKey(visit.enterpriseId())) {
            enterprises.get(visit.enterpriseId()).visited.add(YearMonth.from(visit.visitedOn()));
        }
        return true;
    }

    private void addCase(CaseEvent event) {
        if (!event.context().occurredAt().isBefore(cutOff)) {
            return;
        }
        if (event instanceof CaseFiledEvent filed) {
            var origin = filed.origin();
            if (origin != null && origin.source() == CaseOrigin.Source.ENTERPRISE_VISIT) {
                var request = new Request();
                request.type = type(origin.topic());
                request.raisedAt = filed.context().occurredAt();
                requests.put(filed.caseId(), request);
            }
            return;
        }
        var request = requests.get(event.caseId());
        if (request == null) {
            return;
        }
        if (event instanceof CaseAssignedEvent assigned) {
            request.dueDate = assigned.dueDate();
        } else if (event instanceof CaseTransferredEvent transferred) {
            request.dueDate = transferred.dueDate();
        } else if (event instanceof ExtensionApprovedEvent extended) {
            request.dueDate = extended.newDueDate();
        } else if (event instanceof CaseAnsweredEvent answered) {
            request.answered = true;
            if (request.answeredAt == null) {
                request.answeredAt = answered.context().occurredAt();
            }
        } else if (event instanceof CaseReopenedEvent reopened) {
            request.answered = false;
            request.dueDate = reopened.dueDate();
        } else if (event instanceof CaseClosedEvent
                || event instanceof CaseDeclinedEvent
                || event instanceof CaseMergedIntoEvent) {
            request.ended = true;
        }
    }

    private static EnterpriseIssueType type(String topic) {
        try {
            return topic == null ? EnterpriseIssueType.OTHER : EnterpriseIssueType.valueOf(topic);
        } catch (IllegalArgumentException unknown) {
            return EnterpriseIssueType.OTHER;
        }
    }

    /** The month's coverage and the requests of [periodStart, cutOff), open and overdue as of the cut-off. */
    public EnterpriseLiaisonFigures figures(YearMonth month, Instant periodStart) {
        var monthEnd =
                month.plusMonths(1).atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant();
        int registered = 0;
        int visited = 0;
        for (var enterprise : enterprises.values()) {
            if (enterprise.registeredAt.isBefore(monthEnd)) {
                registered++;
                if (enterprise.visited.contains(month)) {
                    visited++;
                }
            }
        }
        var lastDay = cutOff.minusNanos(1).atZone(WorkingDays.ZONE).toLocalDate();
        var rows = new EnumMap<EnterpriseIssueType, int[]>(EnterpriseIssueType.class);
        for (var request : requests.values()) {
            var counts = rows.computeIfAbsent(request.type, t -> new int[4]);
            if (!request.raisedAt.isBefore(periodStart)) {
                counts[0]++;
            }
            if (request.answeredAt != null && !request.answeredAt.isBefore(periodStart)) {
                counts[1]++;
            }
            if (!request.answered && !request.ended) {
                counts[2]++;
                if (request.dueDate != null && request.dueDate.isBefore(lastDay)) {
                    counts[3]++;
                }
            }
        }
        var types = new ArrayList<EnterpriseLiaisonFigures.TypeRow>();
        var total = new int[4];
        rows.forEach((type, c) -> {
            types.add(new EnterpriseLiaisonFigures.TypeRow(type, c[0], c[1], c[2], c[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        return new EnterpriseLiaisonFigures(
                registered,
                visited,
                registered == 0 ? null : Math.round(1000.0 * visited / registered) / 10.0,
                types,
                new EnterpriseLiaisonFigures.TypeRow(null, total[0], total[1], total[2], total[3]));
    }

    /** Per liaison department: the enterprise-months it owed a visit in {@code month} and those it made. */
    public List<GridCompliance.DepartmentVisits> visitsByDepartment(YearMonth month) {
        var monthEnd =
                month.plusMonths(1).atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant();
        var lastDay = month.atEndOfMonth();
        var tally = new TreeMap<String, int[]>();
        for (var enterprise : enterprises.values()) {
            if (!enterprise.registeredAt.isBefore(monthEnd)) {
                continue;
            }
            var entry = enterprise.liaisonDepartments.floorEntry(lastDay);
            var department = entry == null ? "" : String.valueOf(entry.getValue());
            var counts = tally.computeIfAbsent(department, d -> new int[2]);
            counts[0]++;
            if (enterprise.visited.contains(month)) {
                counts[1]++;
            }
        }
        var result = new ArrayList<GridCompliance.DepartmentVisits>();
        tally.forEach((department, c) -> result.add(new GridCompliance.DepartmentVisits(department, c[0], c[1])));
        return result;
    }
}
