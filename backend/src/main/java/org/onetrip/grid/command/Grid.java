package org.onetrip.grid.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseOrigin;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.command.VisitCaseFiling;
import org.onetrip.grid.api.AssignGridCadreCommand;
import org.onetrip.grid.api.DefineGridCommand;
import org.onetrip.grid.api.FoundIssue;
import org.onetrip.grid.api.GridCadre;
import org.onetrip.grid.api.GridCadreAssignedEvent;
import org.onetrip.grid.api.GridCadreReleasedEvent;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridCommand;
import org.onetrip.grid.api.GridCommandRefusedEvent;
import org.onetrip.grid.api.GridDefinedEvent;
import org.onetrip.grid.api.GridLimits;
import org.onetrip.grid.api.GridOutcome;
import org.onetrip.grid.api.GridRefusalReason;
import org.onetrip.grid.api.GridRefusedException;
import org.onetrip.grid.api.GridRevisedEvent;
import org.onetrip.grid.api.GridVisitIssueRaisedEvent;
import org.onetrip.grid.api.GridVisitLoggedEvent;
import org.onetrip.grid.api.LogGridVisitCommand;
import org.onetrip.grid.api.LoggedIssue;
import org.onetrip.grid.api.RaiseGridVisitIssueCommand;
import org.onetrip.grid.api.ReleaseGridCadreCommand;
import org.onetrip.grid.api.ReviseGridCommand;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.organisation.query.StaffDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.CommandNames;
import org.onetrip.shared.command.EventContexts;

/**
 * A grid (网格) of the township, its three posts and the visits its cadres log (四.四.1). Issues found on a
 * visit that need follow-up become cases in the same unit of work as the visit, so a visit is never
 * stored without the cases it promised, nor a case without its visit.
 */
@Aggregate
public class Grid {

    @AggregateIdentifier
    private String gridId;

    private String name;
    private String area;
    private final Map<GridCadreRole, GridCadre> posts = new EnumMap<>(GridCadreRole.class);
    /** Visit id to the person who made it. */
    private final Map<String, String> visitors = new HashMap<>();
    /** "visitId#n" to the issue, and to its case once raised. */
    private final Map<String, LoggedIssue> issues = new HashMap<>();

    private final Map<String, String> raisedCases = new HashMap<>();

    protected Grid() {}

    @CommandHandler
    public Grid(DefineGridCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireActor(command.actor(), command.channel());
        if (command.gridId() == null
                || !GridLimits.GRID_ID.matcher(command.gridId()).matches()) {
            throw new InvalidCommandException(
                    "gridId", "a grid code of 2 to 40 lower-case letters, digits and dashes, such as sidian-1");
        }
        requireText(command.name(), "name", GridLimits.NAME);
        maxLength(command.area(), "area", GridLimits.AREA);
        var village = departments.find(command.villageDepartmentCode());
        if (village.isEmpty() || village.get().type() != DepartmentType.VILLAGE) {
            throw new InvalidCommandException(
                    "villageDepartmentCode",
                    "a grid lies in a village or residents' committee: " + command.villageDepartmentCode());
        }
        if (!GridRoles.manages(command.actor())) {
            throw new GridRefusedException(
                    GridRefusalReason.ROLE_NOT_ALLOWED,
                    describe(command.actor()) + " may not draw grids; 党政办 or an administrator does");
        }
        apply(new GridDefinedEvent(
                command.gridId(),
                contexts.of(command.actor(), command.channel()),
                command.name().strip(),
                command.villageDepartmentCode(),
                stripToNull(command.area())));
    }

    @CommandHandler
    public GridOutcome handle(ReviseGridCommand command, EventContexts contexts) {
        requireActor(command.actor(), command.channel());
        requireText(command.name(), "name", GridLimits.NAME);
        maxLength(command.area(), "area", GridLimits.AREA);
        requireText(command.reason(), "reason", GridLimits.REASON);
        var newName = command.name().strip();
        var newArea = stripToNull(command.area());
        var violation = firstOf(
                managerOnly(command),
                Objects.equals(newName, name) && Objects.equals(newArea, area)
                        ? new Violation(GridRefusalReason.NO_CHANGE, "the grid already has this name and area")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new GridRevisedEvent(
                gridId,
                contexts.of(command.actor(), command.channel()),
                newName,
                newArea,
                command.reason().strip()));
        return new GridOutcome.Done(gridId);
    }

    /** Fills a post; the previous holder, if any, is released in the same step. */
    @CommandHandler
    public GridOutcome handle(AssignGridCadreCommand command, EventContexts contexts, StaffDirectory staff) {
        requireActor(command.actor(), command.channel());
        requireValue(command.role(), "role");
        maxLength(command.reason(), "reason", GridLimits.REASON);
        var member = staff.find(command.personId())
                .filter(found -> found.enabled())
                .orElseThrow(() ->
                        new InvalidCommandException("personId", "no enabled staff account " + command.personId()));
        if (!GridRoles.mayHoldAPost(member.role())) {
            throw new InvalidCommandException(
                    "personId", member.role() + " accounts do not go out on visits and hold no grid post");
        }
        var current = posts.get(command.role());
        var elsewhere = posts.values().stream()
                .filter(cadre -> cadre.personId().equals(member.personId()) && cadre.role() != command.role())
                .findFirst();
        var violation = firstOf(
                managerOnly(command),
                current != null && current.personId().equals(member.personId())
                        ? new Violation(
                                GridRefusalReason.ALREADY_IN_THE_POST,
                                member.personId() + " already holds " + command.role())
                        : null,
                elsewhere
                        .map(cadre -> new Violation(
                                GridRefusalReason.ALREADY_IN_THE_GRID,
                                member.personId() + " already holds " + cadre.role() + " in this grid"))
                        .orElse(null));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        var reason = stripToNull(command.reason());
        if (current != null) {
            apply(new GridCadreReleasedEvent(
                    gridId,
                    contexts.of(command.actor(), command.channel()),
                    current,
                    reason == null ? "replaced by " + member.personId() : reason));
        }
        apply(new GridCadreAssignedEvent(
                gridId,
                contexts.of(command.actor(), command.channel()),
                new GridCadre(command.role(), member.personId(), member.displayName(), member.departmentCode()),
                reason));
        return new GridOutcome.Done(gridId);
    }

    @CommandHandler
    public GridOutcome handle(ReleaseGridCadreCommand command, EventContexts contexts) {
        requireActor(command.actor(), command.channel());
        requireValue(command.role(), "role");
        requireText(command.reason(), "reason", GridLimits.REASON);
        var violation = firstOf(
                managerOnly(command),
                posts.containsKey(command.role())
                        ? null
                        : new Violation(GridRefusalReason.POST_EMPTY, "nobody holds " + command.role()));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new GridCadreReleasedEvent(
                gridId,
                contexts.of(command.actor(), command.channel()),
                posts.get(command.role()),
                command.reason().strip()));
        return new GridOutcome.Done(gridId);
    }

    /**
     * A cadre of this grid logs a visit; each issue to follow up is filed as a grid-visit case (网格走访问题)
     * by the cadre, on the channel VISIT, linked to this visit.
     */
    @CommandHandler
    public GridOutcome handle(
            LogGridVisitCommand command,
            EventContexts contexts,
            DepartmentDirectory departments,
            VisitCaseFiling filing) {
        requireActor(command.actor(), command.channel());
        requireText(command.visitId(), "visitId", 64);
        if (visitors.containsKey(command.visitId())) {
            throw new InvalidCommandException("visitId", "a visit " + command.visitId() + " is logged already");
        }
        requireVisitDate(command.visitedOn(), contexts);
        requireText(command.place(), "place", GridLimits.PLACE);
        if (command.households() < 0 || command.households() > GridLimits.MAX_HOUSEHOLDS) {
            throw new InvalidCommandException("households", "households visited: 0 to " + GridLimits.MAX_HOUSEHOLDS);
        }
        if (command.enterprises() < 0 || command.enterprises() > GridLimits.MAX_ENTERPRISES) {
            throw new InvalidCommandException("enterprises", "enterprises visited: 0 to " + GridLimits.MAX_ENTERPRISES);
        }
        if (command.households() + command.enterprises() == 0) {
            throw new InvalidCommandException("households", "a visit calls on at least one household or enterprise");
        }
        maxLength(command.visitedWho(), "visitedWho", GridLimits.VISITED_WHO);
        maxLength(command.note(), "note", GridLimits.NOTE);
        if (command.issues().size() > GridLimits.ISSUES) {
            throw new InvalidCommandException("issues", "at most " + GridLimits.ISSUES + " issues per visit");
        }
        var logged = new ArrayList<LoggedIssue>();
        for (int i = 0; i < command.issues().size(); i++) {
            logged.add(checkedIssue(i + 1, command.issues().get(i), departments));
        }
        var cadre = postOf(command.actor());
        if (cadre == null) {
            return refuse(
                    command,
                    contexts,
                    new Violation(
                            GridRefusalReason.NOT_A_CADRE_OF_THE_GRID,
                            command.actor().personId() + " holds no post in grid " + gridId));
        }
        apply(new GridVisitLoggedEvent(
                gridId,
                contexts.of(command.actor(), command.channel()),
                command.visitId(),
                cadre,
                command.visitedOn(),
                command.place().strip(),
                command.households(),
                command.enterprises(),
                stripToNull(command.visitedWho()),
                stripToNull(command.note()),
                logged));
        var raised = new ArrayList<GridOutcome.RaisedCase>();
        for (int i = 0; i < command.issues().size(); i++) {
            var issue = command.issues().get(i);
            if (issue.raiseAsCase()) {
                raised.add(raise(
                        command.visitId(),
                        logged.get(i),
                        issue.category(),
                        issue.concernedDepartmentCode(),
                        issue.resident(),
                        null,
                        command.actor(),
                        contexts,
                        filing));
            }
        }
        return new GridOutcome.CasesRaised(gridId, command.visitId(), raised);
    }

    /** An issue settled on the spot that came back becomes a case after all: by its visitor or the desk. */
    @CommandHandler
    public GridOutcome handle(
            RaiseGridVisitIssueCommand command,
            EventContexts contexts,
            DepartmentDirectory departments,
            VisitCaseFiling filing) {
        requireActor(command.actor(), command.channel());
        requireText(command.reason(), "reason", GridLimits.REASON);
        knownDepartment(departments, command.concernedDepartmentCode(), "concernedDepartmentCode");
        var visitor = command.visitId() == null ? null : visitors.get(command.visitId());
        var key = issueKey(command.visitId(), command.issueNumber());
        var issue = visitor == null ? null : issues.get(key);
        var violation = firstOf(
                visitor == null
                        ? new Violation(
                                GridRefusalReason.UNKNOWN_VISIT, "no visit " + command.visitId() + " in " + gridId)
                        : null,
                visitor != null && issue == null
                        ? new Violation(
                                GridRefusalReason.UNKNOWN_ISSUE, "the visit has no issue " + command.issueNumber())
                        : null,
                visitor != null
                                && command.actor().role() != Role.INTAKE
                                && !command.actor().personId().equals(visitor)
                        ? new Violation(
                                GridRefusalReason.ROLE_NOT_ALLOWED,
                                "only the cadre who made the visit or the intake desk raises its issues")
                        : null,
                raisedCases.containsKey(key)
                        ? new Violation(
                                GridRefusalReason.ALREADY_RAISED,
                                "issue " + command.issueNumber() + " is case " + raisedCases.get(key) + " already")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        var raised = raise(
                command.visitId(),
                issue,
                command.category() != null ? command.category() : issue.category(),
                command.concernedDepartmentCode() != null
                        ? command.concernedDepartmentCode()
                        : issue.concernedDepartmentCode(),
                command.resident(),
                command.reason().strip(),
                command.actor(),
                contexts,
                filing);
        return new GridOutcome.CasesRaised(gridId, command.visitId(), List.of(raised));
    }

    private GridOutcome.RaisedCase raise(
            String visitId,
            LoggedIssue issue,
            CaseCategory category,
            String concernedDepartmentCode,
            Complainant resident,
            String reason,
            Actor actor,
            EventContexts contexts,
            VisitCaseFiling filing) {
        var caseId = filing.newCaseId();
        var receiptCode = filing.newReceiptCode();
        filing.file(new FileCaseCommand(
                caseId,
                actor,
                Channel.VISIT,
                receiptCode,
                CaseKind.GRID_VISIT_ISSUE,
                category == null ? CaseCategory.OTHER : category,
                issue.summary(),
                issue.details() == null ? issue.summary() : issue.details(),
                null,
                concernedDepartmentCode,
                resident == null ? Complainant.NONE : resident,
                new CaseOrigin(CaseOrigin.Source.GRID_VISIT, gridId, visitId, issue.number(), null)));
        apply(new GridVisitIssueRaisedEvent(
                gridId, contexts.of(actor, Channel.VISIT), visitId, issue.number(), caseId, reason));
        return new GridOutcome.RaisedCase(issue.number(), caseId, receiptCode.grouped());
    }

    private static LoggedIssue checkedIssue(int number, FoundIssue issue, DepartmentDirectory departments) {
        if (issue == null) {
            throw new InvalidCommandException("issues", "issue " + number + " is empty");
        }
        var field = "issues[" + (number - 1) + "].";
        requireText(issue.summary(), field + "summary", GridLimits.ISSUE_SUMMARY);
        maxLength(issue.details(), field + "details", GridLimits.ISSUE_DETAILS);
        maxLength(issue.resolution(), field + "resolution", GridLimits.RESOLUTION);
        if (!issue.raiseAsCase() && !hasText(issue.resolution())) {
            throw new InvalidCommandException(
                    field + "resolution", "an issue settled on the spot says how it was settled");
        }
        knownDepartment(departments, issue.concernedDepartmentCode(), field + "concernedDepartmentCode");
        return new LoggedIssue(
                number,
                issue.summary().strip(),
                stripToNull(issue.details()),
                !issue.raiseAsCase(),
                stripToNull(issue.resolution()),
                issue.category() == null ? CaseCategory.OTHER : issue.category(),
                issue.concernedDepartmentCode());
    }

    /** Visits are logged on the day or within a month; one in the future, or older, is not believed. */
    private static void requireVisitDate(LocalDate visitedOn, EventContexts contexts) {
        requireValue(visitedOn, "visitedOn");
        var today = LocalDate.now(contexts.clock().withZone(WorkingDays.ZONE));
        if (visitedOn.isAfter(today)) {
            throw new InvalidCommandException("visitedOn", "a visit on " + visitedOn + " has not happened yet");
        }
        if (visitedOn.isBefore(today.minusDays(GridLimits.LATE_LOGGING_DAYS))) {
            throw new InvalidCommandException(
                    "visitedOn",
                    "visits are logged within " + GridLimits.LATE_LOGGING_DAYS + " days; " + visitedOn
                            + " is too long ago");
        }
    }

    private GridCadre postOf(Actor actor) {
        return posts.values().stream()
                .filter(cadre -> cadre.personId().equals(actor.personId()))
                .findFirst()
                .orElse(null);
    }

    @EventSourcingHandler
    void on(GridDefinedEvent event) {
        gridId = event.gridId();
        name = event.name();
        area = event.area();
    }

    @EventSourcingHandler
    void on(GridRevisedEvent event) {
        name = event.name();
        area = event.area();
    }

    @EventSourcingHandler
    void on(GridCadreAssignedEvent event) {
        posts.put(event.cadre().role(), event.cadre());
    }

    @EventSourcingHandler
    void on(GridCadreReleasedEvent event) {
        posts.remove(event.cadre().role());
    }

    @EventSourcingHandler
    void on(GridVisitLoggedEvent event) {
        visitors.put(event.visitId(), event.cadre().personId());
        for (var issue : event.issues()) {
            issues.put(issueKey(event.visitId(), issue.number()), issue);
        }
    }

    @EventSourcingHandler
    void on(GridVisitIssueRaisedEvent event) {
        raisedCases.put(issueKey(event.visitId(), event.issueNumber()), event.caseId());
    }

    private static String issueKey(String visitId, int number) {
        return visitId + "#" + number;
    }

    private record Violation(GridRefusalReason reason, String detail) {}

    private static Violation firstOf(Violation... candidates) {
        for (var candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static Violation managerOnly(GridCommand command) {
        return GridRoles.manages(command.actor())
                ? null
                : new Violation(
                        GridRefusalReason.ROLE_NOT_ALLOWED,
                        describe(command.actor()) + " may not " + CommandNames.action(command));
    }

    /** Staff refusals become events and a Refused outcome; anyone else's are thrown back unrecorded. */
    private GridOutcome refuse(GridCommand command, EventContexts contexts, Violation violation) {
        if (!command.actor().role().isStaff()) {
            throw new GridRefusedException(violation.reason(), violation.detail());
        }
        apply(new GridCommandRefusedEvent(
                gridId,
                contexts.of(command.actor(), command.channel()),
                command.getClass().getSimpleName(),
                violation.reason(),
                violation.detail()));
        return new GridOutcome.Refused(violation.reason(), violation.detail());
    }

    private static String describe(Actor actor) {
        return actor.role() + (actor.departmentCode() == null ? "" : " of " + actor.departmentCode());
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    static String stripToNull(String value) {
        return hasText(value) ? value.strip() : null;
    }

    static void requireActor(Actor actor, Channel channel) {
        requireValue(actor, "actor");
        requireValue(channel, "channel");
    }

    static void requireText(String value, String field, int max) {
        if (!hasText(value)) {
            throw new InvalidCommandException(field, field + " must not be blank");
        }
        maxLength(value, field, max);
    }

    static void maxLength(String value, String field, int max) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidCommandException(field, field + " is longer than " + max + " characters");
        }
    }

    static void requireValue(Object value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
    }

    static void knownDepartment(DepartmentDirectory departments, String code, String field) {
        if (code != null && !departments.exists(code)) {
            throw new InvalidCommandException(field, "unknown department: " + code);
        }
    }
}
