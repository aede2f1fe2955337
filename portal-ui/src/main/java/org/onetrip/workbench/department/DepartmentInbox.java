package org.onetrip.workbench.department;

import java.util.List;
import java.util.Optional;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseState.PendingTransfer;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseStory;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.application.CaseDeadlines;
import org.onetrip.cases.application.CaseHandling;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchRequest;
import org.onetrip.projections.cases.CaseSearchRequest.CaseSort;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Role;
import org.onetrip.workbench.WorkbenchCommands;
import org.onetrip.workbench.WorkbenchRefusal;
import org.springframework.stereotype.Service;

/**
 * A department's inbox (承办单位): the signed-in handler sees and acts on their own department's cases
 * only. Department access is checked here, on the server, whatever the view or URL asked for.
 */
@Service
public class DepartmentInbox {

    public static final List<CaseStatus> OPEN =
            List.of(CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.ANSWERED);
    static final int PAGE = 100;

    private final WorkbenchCommands commands;
    private final CaseHandling handling;
    private final CaseHistory history;
    private final CaseDeadlines deadlines;
    private final CaseSearch search;
    private final DepartmentDirectory departments;

    public DepartmentInbox(
            WorkbenchCommands commands,
            CaseHandling handling,
            CaseHistory history,
            CaseDeadlines deadlines,
            CaseSearch search,
            DepartmentDirectory departments) {
        this.commands = commands;
        this.handling = handling;
        this.history = history;
        this.deadlines = deadlines;
        this.search = search;
        this.departments = departments;
    }

    /** The most working days one extension request may ask for (configuration); the case refuses more. */
    public int maxExtensionWorkingDays() {
        return deadlines.maxExtensionWorkingDays();
    }

    /** The handler's own department's open cases, due first; whatever else is asked, no other department's. */
    public List<Hit> inbox() {
        var handler = commands.require(Role.HANDLER);
        return search.search(new CaseSearchRequest(
                        null,
                        OPEN,
                        List.of(handler.departmentCode()),
                        null,
                        null,
                        null,
                        null,
                        false,
                        0,
                        PAGE,
                        CaseSort.DUE_FIRST))
                .hits();
    }

    public String departmentCode() {
        return commands.require(Role.HANDLER).departmentCode();
    }

    /** Departments a transfer can be proposed to: every other one. */
    public List<Department> transferTargets() {
        var own = departmentCode();
        return departments.all().stream()
                .filter(department -> !department.code().equals(own))
                .toList();
    }

    /**
     * The staff timeline of a case the handler's department holds or has held; any other case is
     * refused with {@link WorkbenchRefusal#ACCESS_DENIED} and nothing about it is returned.
     */
    public CaseTimelineResponse timeline(String caseId) {
        var handler = commands.require(Role.HANDLER);
        checkAccess(handler, caseId);
        return WorkbenchCommands.done(() -> history.timeline(caseId, handler.actor()));
    }

    /** The case for the handler's case page, from its events, if the department holds or has held it. */
    public CaseStory story(String caseId) {
        var handler = commands.require(Role.HANDLER);
        checkAccess(handler, caseId);
        return WorkbenchCommands.done(() -> history.story(caseId, handler.actor()));
    }

    /** What the handler may do to the case now, and why not the rest; the page offers only the first. */
    public AllowedActions actions(String caseId) {
        var handler = access(caseId);
        return WorkbenchCommands.done(() -> history.allowedActions(caseId, handler.actor()));
    }

    public void signFor(String caseId) {
        var handler = access(caseId);
        var version = WorkbenchCommands.allowed(history, caseId, handler, CaseAction.SIGN_FOR);
        WorkbenchCommands.done(() -> handling.signFor(caseId, handler.actor(), version));
    }

    public void addProgressNote(String caseId, String note) {
        var handler = access(caseId);
        var version = WorkbenchCommands.allowed(history, caseId, handler, CaseAction.ADD_PROGRESS_NOTE);
        WorkbenchCommands.done(() -> handling.addProgressNote(caseId, handler.actor(), note, version));
    }

    public void requestExtension(String caseId, int workingDays, String reason) {
        var handler = access(caseId);
        var version = WorkbenchCommands.allowed(history, caseId, handler, CaseAction.REQUEST_EXTENSION);
        WorkbenchCommands.done(() -> handling.requestExtension(caseId, handler.actor(), workingDays, reason, version));
    }

    public void returnCase(String caseId, String reason) {
        var handler = access(caseId);
        var version = WorkbenchCommands.allowed(history, caseId, handler, CaseAction.RETURN);
        WorkbenchCommands.done(() -> handling.returnCase(caseId, handler.actor(), reason, version));
    }

    /** The case and its deadline stay with the department until the intake desk decides. */
    public void proposeTransfer(String caseId, String toDepartmentCode, String reason) {
        var handler = access(caseId);
        var version = WorkbenchCommands.allowed(history, caseId, handler, CaseAction.PROPOSE_TRANSFER);
        WorkbenchCommands.done(
                () -> handling.proposeTransfer(caseId, handler.actor(), toDepartmentCode, reason, version));
    }

    /** The department's transfer proposal waiting for the intake desk, as the case's events have it. */
    public Optional<PendingTransfer> pendingTransfer(String caseId) {
        var state = checkAccess(commands.require(Role.HANDLER), caseId);
        return Optional.ofNullable(state.pendingTransfer());
    }

    public void answer(String caseId, String answer) {
        var handler = access(caseId);
        var version = WorkbenchCommands.allowed(history, caseId, handler, CaseAction.ANSWER);
        WorkbenchCommands.done(() -> handling.answer(caseId, handler.actor(), answer, version));
    }

    private StaffPrincipal access(String caseId) {
        var handler = commands.require(Role.HANDLER);
        checkAccess(handler, caseId);
        return handler;
    }

    /** Unknown and foreign cases are refused alike, so the inbox says nothing about cases it may not open. */
    private CaseState checkAccess(StaffPrincipal handler, String caseId) {
        var outcome = history.state(caseId, handler.actor());
        if (outcome instanceof CaseOutcome.Done<CaseState> done) {
            return done.value();
        }
        throw new WorkbenchRefusal(
                WorkbenchRefusal.ACCESS_DENIED, handler.getUsername() + " may not open case " + caseId);
    }
}
