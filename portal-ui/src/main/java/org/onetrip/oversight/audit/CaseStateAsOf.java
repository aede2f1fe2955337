package org.onetrip.oversight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTimelineResponse;

/**
 * The state of a case at a past instant, computed by replaying its stored events that occurred at or
 * before that instant, as the case aggregate applies them. It never reads the search index.
 */
public final class CaseStateAsOf {

    private CaseStateAsOf() {}

    /**
     * What the case was at {@code asOf}. {@code status} is null when the case did not exist yet.
     * {@code departmentCode} is the department holding the case (null while none does).
     */
    public record State(
            Instant asOf,
            int eventsApplied,
            Long lastSequence,
            CaseStatus status,
            String departmentCode,
            LocalDate dueDate,
            int returns,
            int transfers,
            boolean supervisionOpen) {

        public boolean existed() {
            return eventsApplied > 0;
        }
    }

    public static State of(List<CaseTimelineResponse.Entry> entries, Instant asOf) {
        var fold = new Fold();
        entries.stream()
                .sorted(Comparator.comparingLong(CaseTimelineResponse.Entry::sequence))
                .filter(entry -> !entry.occurredAt().isAfter(asOf))
                .forEach(fold::apply);
        return new State(
                asOf,
                fold.applied,
                fold.lastSequence,
                fold.status,
                fold.department,
                fold.dueDate,
                fold.returns,
                fold.transfers,
                fold.supervisionOpen);
    }

    private static final class Fold {
        int applied;
        Long lastSequence;
        CaseStatus status;
        String department;
        LocalDate dueDate;
        int returns;
        int transfers;
        boolean supervisionOpen;

        void apply(CaseTimelineResponse.Entry entry) {
            applied++;
            lastSequence = entry.sequence();
            var p = entry.payload();
            switch (entry.type()) {
                case "CaseFiledEvent" -> status = CaseStatus.FILED;
                case "CaseAcceptedEvent" -> status = CaseStatus.ACCEPTED;
                case "CaseDeclinedEvent" -> status = CaseStatus.DECLINED;
                case "CaseAssignedEvent" -> {
                    status = CaseStatus.ASSIGNED;
                    department = text(p, "departmentCode");
                    dueDate = date(p, "dueDate", dueDate);
                }
                case "CaseSignedForEvent" -> status = CaseStatus.IN_PROGRESS;
                case "ExtensionApprovedEvent" -> dueDate = date(p, "newDueDate", dueDate);
                case "CaseReturnedEvent" -> {
                    status = CaseStatus.RETURNED;
                    department = null;
                    returns++;
                }
                case "CaseTransferredEvent" -> {
                    status = CaseStatus.ASSIGNED;
                    department = text(p, "toDepartmentCode");
                    dueDate = date(p, "dueDate", dueDate);
                    transfers++;
                }
                case "CaseAnsweredEvent" -> status = CaseStatus.ANSWERED;
                case "CaseRatedEvent" -> status = CaseStatus.RATED;
                case "CaseReopenedEvent" -> {
                    status = CaseStatus.IN_PROGRESS;
                    department = text(p, "departmentCode");
                    dueDate = date(p, "dueDate", dueDate);
                }
                case "CaseClosedEvent" -> status = CaseStatus.CLOSED;
                case "CaseMergedIntoEvent" -> status = CaseStatus.MERGED;
                case "SupervisionOpenedEvent" -> supervisionOpen = true;
                case "SupervisionConcludedEvent" -> supervisionOpen = false;
                default -> {
                    // notes, extension requests and denials, refusals, accountability: no change of state
                }
            }
        }

        private static String text(JsonNode payload, String field) {
            var node = payload == null ? null : payload.get(field);
            return node == null || node.isNull() ? null : node.asText();
        }

        private static LocalDate date(JsonNode payload, String field, LocalDate otherwise) {
            var node = payload == null ? null : payload.get(field);
            if (node == null || node.isNull()) {
                return otherwise;
            }
            if (node.isArray() && node.size() == 3) {
                return LocalDate.of(
                        node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt());
            }
            return LocalDate.parse(node.asText());
        }
    }
}
