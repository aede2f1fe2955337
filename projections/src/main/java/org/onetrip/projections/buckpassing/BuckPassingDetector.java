package org.onetrip.projections.buckpassing;

import static org.onetrip.projections.buckpassing.HandlingStep.Type.ANSWERED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.ASSIGNED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.DUPLICATE_MERGED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.EXTENSION_APPROVED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.EXTENSION_REQUESTED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.REOPENED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.RETURNED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.SIGNED_FOR;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.TRANSFERRED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.onetrip.calendar.api.WorkingDayCalendar;

/**
 * Reads one case's handling steps and names every buck-passing signal in them. Pure: the same steps
 * give the same flags, live or in a replay. Signals that depend on today's date (still unsigned, overdue
 * now) are evaluated by {@link #detectAsOf}, never stored.
 */
public class BuckPassingDetector {

    private final BuckPassingProperties thresholds;
    private final BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween;

    /** {@code workingDaysBetween(fromExclusive, toInclusive)} on the township's working-day calendar. */
    public BuckPassingDetector(
            BuckPassingProperties thresholds, BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween) {
        this.thresholds = thresholds;
        this.workingDaysBetween = workingDaysBetween;
    }

    public List<BuckPassingFlag> detect(List<HandlingStep> steps) {
        var flags = new ArrayList<BuckPassingFlag>();
        repeatedBounces(steps, flags);
        pingPongs(steps, flags);
        slowSigning(steps, flags);
        overdueAnswers(steps, flags);
        repeatedExtensions(steps, flags);
        reopenings(steps, flags);
        repeatComplaints(steps, flags);
        return flags;
    }

    /**
     * Who holds the open case now and since when, whether they signed for it, and its deadline: what the flags that
     * hold only on a given day ({@link #detectAsOf}) are evaluated from. Null when no department holds it.
     */
    public Holding holding(List<HandlingStep> steps) {
        HandlingStep holding = null;
        boolean signed = false;
        LocalDate due = null;
        for (var step : steps) {
            switch (step.type()) {
                case ASSIGNED, TRANSFERRED -> {
                    holding = step;
                    signed = false;
                }
                case RETURNED, ANSWERED -> {
                    holding = null;
                    signed = false;
                }
                case SIGNED_FOR -> signed = true;
                case REOPENED -> {
                    holding = step;
                    signed = true;
                }
                default -> {}
            }
            if (step.dueDate() != null) {
                due = step.dueDate();
            }
        }
        return holding == null
                ? null
                : new Holding(holdingDepartment(holding), date(holding), signed, due, holding.eventId());
    }

    /** Flags that hold only on {@code today}: a case still unsigned too long, or past its deadline. */
    public List<BuckPassingFlag> detectAsOf(List<HandlingStep> steps, boolean open, LocalDate today) {
        var flags = new ArrayList<BuckPassingFlag>();
        if (!open || steps.isEmpty()) {
            return flags;
        }
        var holding = holding(steps);
        if (holding == null) {
            return flags;
        }
        var unit = holding.department();
        if (!holding.signed()) {
            int waited = workingDaysBetween.apply(holding.since(), today);
            if (waited > thresholds.maxUnsignedWorkingDays()) {
                flags.add(BuckPassingFlag.of(
                        BuckPassingRule.LEFT_UNSIGNED,
                        List.of(holding.eventId()),
                        List.of(unit),
                        parameters("department", unit, "workingDays", waited),
                        unit + " has not signed for the case " + waited + " working days after receiving it"));
            }
        }
        if (holding.dueDate() != null && today.isAfter(holding.dueDate())) {
            flags.add(BuckPassingFlag.of(
                    BuckPassingRule.OVERDUE_NOW,
                    List.of(holding.eventId()),
                    List.of(unit),
                    parameters("department", unit, "dueDate", holding.dueDate()),
                    "past its deadline of " + holding.dueDate() + " while held by " + unit));
        }
        return flags;
    }

    /**
     * Only a case received on or before this day can be left unsigned too long on {@code today}: every working day is
     * a calendar day, so more working days than the limit take at least as many calendar days.
     */
    public LocalDate unsignedCandidatesReceivedBy(LocalDate today) {
        return today.minusDays(thresholds.maxUnsignedWorkingDays() + 1L);
    }

    /** See {@link #holding}. */
    public record Holding(String department, LocalDate since, boolean signed, LocalDate dueDate, String eventId) {}

    private void repeatedBounces(List<HandlingStep> steps, List<BuckPassingFlag> flags) {
        var bounces = steps.stream()
                .filter(s -> s.type() == RETURNED || s.type() == TRANSFERRED)
                .toList();
        if (bounces.size() >= thresholds.bounceThreshold()) {
            var departments = new LinkedHashSet<String>();
            bounces.forEach(s -> departments.add(s.department()));
            flags.add(BuckPassingFlag.of(
                    BuckPassingRule.REPEATED_RETURNS_OR_TRANSFERS,
                    bounces.stream().map(HandlingStep::eventId).toList(),
                    List.copyOf(departments),
                    parameters("count", bounces.size()),
                    "returned or transferred " + bounces.size() + " times"));
        }
    }

    /** A→B→A in the order of the units that held the case, however it moved (return and re-assign, or transfer). */
    private void pingPongs(List<HandlingStep> steps, List<BuckPassingFlag> flags) {
        var holders = new ArrayList<HandlingStep>();
        for (var step : steps) {
            if (step.type() == ASSIGNED || step.type() == TRANSFERRED) {
                var unit = holdingDepartment(step);
                if (holders.isEmpty()
                        || !holdingDepartment(holders.get(holders.size() - 1)).equals(unit)) {
                    holders.add(step);
                }
            }
        }
        for (int i = 2; i < holders.size(); i++) {
            var first = holdingDepartment(holders.get(i - 2));
            var middle = holdingDepartment(holders.get(i - 1));
            if (first.equals(holdingDepartment(holders.get(i)))) {
                flags.add(BuckPassingFlag.of(
                        BuckPassingRule.PING_PONG,
                        List.of(
                                holders.get(i - 2).eventId(),
                                holders.get(i - 1).eventId(),
                                holders.get(i).eventId()),
                        List.of(first, middle),
                        parameters("department", first, "otherDepartment", middle),
                        "bounced " + first + " → " + middle + " → " + first));
            }
        }
    }

    private void slowSigning(List<HandlingStep> steps, List<BuckPassingFlag> flags) {
        HandlingStep received = null;
        for (var step : steps) {
            if (step.type() == ASSIGNED || step.type() == TRANSFERRED) {
                received = step;
            } else if (step.type() == SIGNED_FOR && received != null) {
                int waited = workingDaysBetween.apply(date(received), date(step));
                if (waited > thresholds.maxUnsignedWorkingDays()) {
                    flags.add(BuckPassingFlag.of(
                            BuckPassingRule.SLOW_SIGNING,
                            List.of(received.eventId(), step.eventId()),
                            List.of(step.department()),
                            parameters("department", step.department(), "workingDays", waited),
                            step.department() + " signed " + waited + " working days after receiving the case"));
                }
                received = null;
            } else if (step.type() == RETURNED) {
                received = null;
            }
        }
    }

    private void overdueAnswers(List<HandlingStep> steps, List<BuckPassingFlag> flags) {
        LocalDate due = null;
        boolean extended = false;
        for (var step : steps) {
            if (step.type() == EXTENSION_APPROVED) {
                extended = true;
            }
            if (step.type() == ANSWERED && due != null && date(step).isAfter(due)) {
                flags.add(BuckPassingFlag.of(
                        BuckPassingRule.OVERDUE_WITHOUT_EXTENSION,
                        List.of(step.eventId()),
                        List.of(step.department()),
                        parameters(
                                "department",
                                step.department(),
                                "answeredOn",
                                date(step),
                                "dueDate",
                                due,
                                "extended",
                                extended),
                        step.department() + " answered on " + date(step)
                                + ", after the deadline of " + due
                                + (extended ? " even with an approved extension" : " without an approved extension")));
            }
            if (step.dueDate() != null) {
                due = step.dueDate();
            }
        }
    }

    private void repeatedExtensions(List<HandlingStep> steps, List<BuckPassingFlag> flags) {
        var requests =
                steps.stream().filter(s -> s.type() == EXTENSION_REQUESTED).toList();
        if (requests.size() >= thresholds.extensionThreshold()) {
            var departments = new LinkedHashSet<String>();
            requests.forEach(s -> departments.add(s.department()));
            flags.add(BuckPassingFlag.of(
                    BuckPassingRule.REPEATED_EXTENSIONS,
                    requests.stream().map(HandlingStep::eventId).toList(),
                    List.copyOf(departments),
                    parameters("count", requests.size()),
                    "asked for more time " + requests.size() + " times"));
        }
    }

    private static void reopenings(List<HandlingStep> steps, List<BuckPassingFlag> flags) {
        for (var step : steps) {
            if (step.type() == REOPENED) {
                flags.add(BuckPassingFlag.of(
                        BuckPassingRule.REOPENED_AFTER_DISSATISFACTION,
                        List.of(step.eventId()),
                        List.of(step.department()),
                        parameters("department", step.department()),
                        "reopened after a dissatisfied rating of the answer by " + step.department()));
            }
        }
    }

    private static void repeatComplaints(List<HandlingStep> steps, List<BuckPassingFlag> flags) {
        var duplicates =
                steps.stream().filter(s -> s.type() == DUPLICATE_MERGED).toList();
        if (!duplicates.isEmpty()) {
            var departments = new LinkedHashSet<String>();
            steps.stream()
                    .filter(s -> s.type() == ASSIGNED || s.type() == TRANSFERRED)
                    .forEach(s -> departments.add(holdingDepartment(s)));
            flags.add(BuckPassingFlag.of(
                    BuckPassingRule.REPEAT_COMPLAINT,
                    duplicates.stream().map(HandlingStep::eventId).toList(),
                    List.copyOf(departments),
                    parameters("count", duplicates.size() + 1),
                    "the same matter was complained about " + (duplicates.size() + 1) + " times"));
        }
    }

    /** Name, value, name, value…: in a fixed order, so a replay writes the same document. */
    private static Map<String, String> parameters(Object... namesAndValues) {
        var parameters = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return parameters;
    }

    private static String holdingDepartment(HandlingStep step) {
        return step.type() == TRANSFERRED ? step.toDepartment() : step.department();
    }

    private static LocalDate date(HandlingStep step) {
        return step.at().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
