package org.onetrip.workbench.department;

import java.util.List;
import java.util.Optional;
import org.onetrip.cases.api.AddProgressNoteCommand;
import org.onetrip.cases.api.AnswerCaseCommand;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseState.PendingTransfer;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.ProposeTransferCommand;
import org.onetrip.cases.api.RequestExtensionCommand;
import org.onetrip.cases.api.ReturnCaseCommand;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.cases.query.CaseAccess;
import org.onetrip.cases.query.CaseTimelineQueries;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchRequest;
import org.onetrip.projections.cases.CaseSearchRequest.CaseSort;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.workbench.Limits;
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
    private final CaseSearch search;
    private final CaseTimelineQueries timelines;
    private final DepartmentDirectory departments;

    public DepartmentInbox(
            WorkbenchCommands commands,
            CaseSearch search,
            CaseTimelineQueries timelines,
            DepartmentDirectory departments) {
        this.commands = commands;
        this.search = search;
        this.timelines = timelines;
        this.departments = departments;
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
        checkAccess(commands.require(Role.HANDLER), caseId);
        return commands.timeline(caseId).orElseThrow(() -> new WorkbenchRefusal(WorkbenchRefusal.UNKNOWN_CASE, caseId));
    }

    public void signFor(String caseId) {
        var handler = access(caseId);
        commands.send(new SignForCaseCommand(caseId, handler.actor(), Channel.WORKBENCH, null), caseId);
    }

    public void addProgressNote(String caseId, String note) {
        var handler = access(caseId);
        commands.send(new AddProgressNoteCommand(caseId, handler.actor(), Channel.WORKBENCH, note, null), caseId);
    }

    public void requestExtension(String caseId, int workingDays, String reason) {
        var handler = access(caseId);
        if (workingDays < Limits.MIN_EXTENSION_DAYS || workingDays > Limits.MAX_EXTENSION_DAYS) {
            throw new WorkbenchRefusal(WorkbenchRefusal.INVALID, "working days " + workingDays);
        }
        commands.send(
                new RequestExtensionCommand(caseId, handler.actor(), Channel.WORKBENCH, workingDays, reason, null),
                caseId);
    }

    public void returnCase(String caseId, String reason) {
        var handler = access(caseId);
        commands.send(new ReturnCaseCommand(caseId, handler.actor(), Channel.WORKBENCH, reason, null), caseId);
    }

    /** The case and its deadline stay with the department until the intake desk decides. */
    public void proposeTransfer(String caseId, String toDepartmentCode, String reason) {
        var handler = access(caseId);
        commands.send(
                new ProposeTransferCommand(caseId, handler.actor(), Channel.WORKBENCH, toDepartmentCode, reason, null),
                caseId);
    }

    /** The department's transfer proposal waiting for the intake desk, as the case's events have it. */
    public Optional<PendingTransfer> pendingTransfer(String caseId) {
        var state = checkAccess(commands.require(Role.HANDLER), caseId);
        return Optional.ofNullable(state.pendingTransfer());
    }

    public void answer(String caseId, String answer) {
        var handler = access(caseId);
        commands.send(new AnswerCaseCommand(caseId, handler.actor(), Channel.WORKBENCH, answer, null), caseId);
    }

    private StaffPrincipal access(String caseId) {
        var handler = commands.require(Role.HANDLER);
        checkAccess(handler, caseId);
        return handler;
    }

    private CaseState checkAccess(StaffPrincipal handler, String caseId) {
        var state = caseId == null ? Optional.<CaseState>empty() : timelines.state(caseId);
        if (state.isEmpty()) {
            throw new WorkbenchRefusal(WorkbenchRefusal.ACCESS_DENIED, "no case " + caseId + " for this department");
        }
        if (!CaseAccess.mayRead(handler.actor(), state.get())) {
            throw new WorkbenchRefusal(
                    WorkbenchRefusal.ACCESS_DENIED, handler.getUsername() + " may not open case " + caseId);
        }
        return state.get();
    }
}
