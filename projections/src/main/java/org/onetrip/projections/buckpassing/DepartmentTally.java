package org.onetrip.projections.buckpassing;

import static org.onetrip.projections.buckpassing.HandlingStep.Type.ANSWERED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.ASSIGNED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.RATED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.REOPENED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.RETURNED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.SIGNED_FOR;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.TRANSFERRED;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.onetrip.calendar.api.WorkingDayCalendar;

/**
 * What one case adds to one department's handling record (the discipline office's department summary). Stored in the
 * case document, so the summary is a sum over documents that Elasticsearch computes, and a replay that rewrites the
 * document rewrites its share instead of adding it twice. Only what the handling steps and stored flags fix; the
 * cases overdue today are counted at query time.
 */
public record DepartmentTally(
        String department,
        int cases,
        int returns,
        int transfersOut,
        int pingPongs,
        int answeredLate,
        int signings,
        long workingDaysToSign,
        int answers,
        int reopenings,
        int ratings,
        int dissatisfied,
        int flagScore) {

    /** The key of steps and flags that name no department. */
    public static final String NO_DEPARTMENT = "-";

    public static DepartmentTally zero(String department) {
        return new DepartmentTally(department, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public DepartmentTally plus(DepartmentTally other) {
        return new DepartmentTally(
                department,
                cases + other.cases,
                returns + other.returns,
                transfersOut + other.transfersOut,
                pingPongs + other.pingPongs,
                answeredLate + other.answeredLate,
                signings + other.signings,
                workingDaysToSign + other.workingDaysToSign,
                answers + other.answers,
                reopenings + other.reopenings,
                ratings + other.ratings,
                dissatisfied + other.dissatisfied,
                flagScore + other.flagScore);
    }

    /** One case's share of each department's record, by department code. */
    public static List<DepartmentTally> of(
            List<HandlingStep> steps,
            List<BuckPassingFlag> flags,
            BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween) {
        var tallies = new TreeMap<String, Mutable>();
        var involved = new LinkedHashSet<String>();
        HandlingStep received = null;
        String answering = null;
        for (var step : steps) {
            if (step.type() == ASSIGNED || step.type() == TRANSFERRED) {
                var unit = step.type() == TRANSFERRED ? step.toDepartment() : step.department();
                involved.add(unit);
                received = step;
            }
            if (step.type() == RETURNED) {
                tally(tallies, step.department()).returns++;
                received = null;
            }
            if (step.type() == TRANSFERRED) {
                tally(tallies, step.department()).transfersOut++;
            }
            if (step.type() == SIGNED_FOR && received != null) {
                var tally = tally(tallies, step.department());
                tally.signings++;
                tally.workingDaysToSign += Math.max(0, workingDaysBetween.apply(date(received), date(step)));
                received = null;
            }
            if (step.type() == ANSWERED) {
                tally(tallies, step.department()).answers++;
                answering = step.department();
            }
            if (step.type() == REOPENED) {
                tally(tallies, step.department()).reopenings++;
            }
            if (step.type() == RATED && answering != null) {
                var tally = tally(tallies, answering);
                tally.ratings++;
                if (step.badRating()) {
                    tally.dissatisfied++;
                }
            }
        }
        involved.forEach(unit -> tally(tallies, unit).cases++);
        for (var flag : flags) {
            for (var unit : flag.departments()) {
                var tally = tally(tallies, unit);
                tally.flagScore += flag.weight();
                if (flag.rule() == BuckPassingRule.PING_PONG) {
                    tally.pingPongs++;
                }
                if (flag.rule() == BuckPassingRule.OVERDUE_WITHOUT_EXTENSION) {
                    tally.answeredLate++;
                }
            }
        }
        return tallies.entrySet().stream()
                .map(e -> e.getValue().toTally(e.getKey()))
                .toList();
    }

    private static Mutable tally(Map<String, Mutable> tallies, String department) {
        return tallies.computeIfAbsent(department == null ? NO_DEPARTMENT : department, k -> new Mutable());
    }

    private static LocalDate date(HandlingStep step) {
        return step.at().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }

    private static final class Mutable {
        int cases;
        int returns;
        int transfersOut;
        int pingPongs;
        int answeredLate;
        int signings;
        long workingDaysToSign;
        int answers;
        int reopenings;
        int ratings;
        int dissatisfied;
        int flagScore;

        DepartmentTally toTally(String department) {
            return new DepartmentTally(
                    department,
                    cases,
                    returns,
                    transfersOut,
                    pingPongs,
                    answeredLate,
                    signings,
                    workingDaysToSign,
                    answers,
                    reopenings,
                    ratings,
                    dissatisfied,
                    flagScore);
        }
    }
}
