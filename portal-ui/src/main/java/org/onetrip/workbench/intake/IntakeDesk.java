package org.onetrip.workbench.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.ApproveExtensionCommand;
import org.onetrip.cases.api.ApproveTransferCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.CloseCaseCommand;
import org.onetrip.cases.api.DeclineCaseCommand;
import org.onetrip.cases.api.DenyExtensionCommand;
import org.onetrip.cases.api.MergeCaseCommand;
import org.onetrip.cases.api.RateCaseCommand;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.RejectTransferCommand;
import org.onetrip.cases.api.ReopenCaseCommand;
import org.onetrip.cases.query.CaseTimelineQueries;
import org.onetrip.cases.web.CaseRequests;
import org.onetrip.cases.web.ContactRequest;
import org.onetrip.cases.web.FileCaseRequest;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchRequest;
import org.onetrip.projections.cases.CaseSearchRequest.CaseSort;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.projections.cases.TransferProposalsResponse.Proposal;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.workbench.Limits;
import org.onetrip.workbench.WorkbenchCommands;
import org.onetrip.workbench.WorkbenchRefusal;
import org.springframework.stereotype.Service;

/** The intake desk (便民服务中心): every method acts as the signed-in intake clerk or is refused. */
@Service
public class IntakeDesk {

    /** Cases that wait for intake to do something: new, accepted, returned, answered, rated. */
    public static final List<CaseStatus> AWAITING =
            List.of(CaseStatus.FILED, CaseStatus.ACCEPTED, CaseStatus.RETURNED, CaseStatus.ANSWERED, CaseStatus.RATED);

    public static final Set<Channel> CHANNELS =
            EnumSet.of(Channel.HOTLINE, Channel.WECHAT, Channel.QQ, Channel.WINDOW, Channel.LETTER, Channel.VISIT);
    /** How a rating can reach intake on the public's behalf. */
    public static final Set<Channel> RATING_CHANNELS = CaseRequests.StaffRatingRequest.CHANNELS;

    static final int PAGE = 100;
    static final int DUPLICATES = 10;

    private final WorkbenchCommands commands;
    private final CaseSearch search;
    private final DepartmentDirectory departments;
    private final WorkingDays workingDays;
    private final CaseTimelineQueries timelines;

    public IntakeDesk(
            WorkbenchCommands commands,
            CaseSearch search,
            DepartmentDirectory departments,
            WorkingDays workingDays,
            CaseTimelineQueries timelines) {
        this.commands = commands;
        this.search = search;
        this.departments = departments;
        this.workingDays = workingDays;
        this.timelines = timelines;
    }

    public List<Department> departments() {
        return departments.all();
    }

    public String departmentName(String code, Locale locale) {
        return departments.name(code, locale);
    }

    public CaseRefResponse register(Registration registration) {
        var clerk = commands.require(Role.INTAKE);
        if (registration.channel() == null || !CHANNELS.contains(registration.channel())) {
            throw new WorkbenchRefusal(WorkbenchRefusal.INVALID, "channel " + registration.channel());
        }
        if (registration.kind() == null
                || blank(registration.title())
                || blank(registration.description())
                || registration.title().length() > Limits.TITLE
                || registration.description().length() > Limits.DESCRIPTION) {
            throw new WorkbenchRefusal(WorkbenchRefusal.INVALID, "kind, title and description");
        }
        var contact = blank(registration.contactName())
                        && blank(registration.contactPhone())
                        && blank(registration.contactEmail())
                ? null
                : new ContactRequest(
                        registration.contactName(), registration.contactPhone(), registration.contactEmail());
        var request = new FileCaseRequest(
                registration.kind(),
                registration.category(),
                registration.title(),
                registration.description(),
                null,
                registration.departmentCode(),
                registration.anonymous(),
                contact,
                registration.channel());
        try {
            return commands.sender().file(request, clerk.actor(), registration.channel());
        } catch (RuntimeException e) {
            throw WorkbenchCommands.translateFailure(e);
        }
    }

    public List<Hit> awaitingIntake() {
        commands.require(Role.INTAKE);
        return search.search(new CaseSearchRequest(
                        null, AWAITING, null, null, null, null, null, false, 0, PAGE, CaseSort.NEWEST))
                .hits();
    }

    /** Cases whose text resembles this one's title, most alike first, never the case itself. */
    public List<Hit> likelyDuplicates(String caseId, String title) {
        commands.require(Role.INTAKE);
        if (blank(title)) {
            return List.of();
        }
        return search
                .search(new CaseSearchRequest(
                        title, null, null, null, null, null, null, false, 0, DUPLICATES + 1, CaseSort.RELEVANCE))
                .hits()
                .stream()
                .filter(hit -> !hit.caseId().equals(caseId) && hit.status() != CaseStatus.MERGED)
                .limit(DUPLICATES)
                .toList();
    }

    /** Transfer proposals waiting for the desk, the longest-waiting first; only one department's when given. */
    public List<Proposal> transferProposals(String fromDepartmentCode) {
        commands.require(Role.INTAKE);
        return search.pendingTransfers(blank(fromDepartmentCode) ? null : List.of(fromDepartmentCode), 0, PAGE)
                .proposals();
    }

    public void approveTransfer(String caseId) {
        var clerk = commands.require(Role.INTAKE);
        commands.send(new ApproveTransferCommand(caseId, clerk.actor(), Channel.WORKBENCH, null), caseId);
    }

    public void rejectTransfer(String caseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        commands.send(new RejectTransferCommand(caseId, clerk.actor(), Channel.WORKBENCH, reason, null), caseId);
    }

    /** Cases whose department asked for more working days and waits for intake's decision, due first. */
    public List<Hit> extensionRequests() {
        commands.require(Role.INTAKE);
        return search.search(new CaseSearchRequest(
                        null, null, null, null, null, null, null, false, true, 0, PAGE, CaseSort.DUE_FIRST))
                .hits();
    }

    /** The due date approving would set, on today's calendar; the case computes the real one when approved. */
    public LocalDate extendedDeadline(Hit request) {
        if (request.dueDate() == null || request.pendingExtension() == null) {
            return null;
        }
        return workingDays
                .extend(request.dueDate(), request.pendingExtension().workingDays())
                .dueDate();
    }

    /** Approves the pending request and returns the new due date, as the case recorded it. */
    public LocalDate approveExtension(String caseId, String note) {
        var clerk = commands.require(Role.INTAKE);
        commands.send(
                new ApproveExtensionCommand(caseId, clerk.actor(), Channel.WORKBENCH, emptyToNull(note), null), caseId);
        return timelines
                .state(caseId)
                .map(CaseState::dueDate)
                .orElseThrow(() -> new WorkbenchRefusal(WorkbenchRefusal.UNKNOWN_CASE, caseId));
    }

    public void denyExtension(String caseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        commands.send(new DenyExtensionCommand(caseId, clerk.actor(), Channel.WORKBENCH, reason, null), caseId);
    }

    /** A rating the complainant gave by phone or at the window, recorded with that channel. */
    public void recordRating(String caseId, Channel channel, Rating rating, String comment) {
        var clerk = commands.require(Role.INTAKE);
        if (!RATING_CHANNELS.contains(channel)
                || rating == null
                || (comment != null && comment.length() > Limits.REASON)) {
            throw new WorkbenchRefusal(WorkbenchRefusal.INVALID, "channel, rating and comment");
        }
        commands.send(new RateCaseCommand(caseId, clerk.actor(), channel, rating, emptyToNull(comment), null), caseId);
    }

    public CaseTimelineResponse timeline(String caseId) {
        commands.require(Role.INTAKE);
        return commands.timeline(caseId).orElseThrow(() -> new WorkbenchRefusal(WorkbenchRefusal.UNKNOWN_CASE, caseId));
    }

    public void accept(String caseId, String note) {
        var clerk = commands.require(Role.INTAKE);
        commands.send(new AcceptCaseCommand(caseId, clerk.actor(), Channel.WORKBENCH, emptyToNull(note), null), caseId);
    }

    public void decline(String caseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        commands.send(new DeclineCaseCommand(caseId, clerk.actor(), Channel.WORKBENCH, reason, null), caseId);
    }

    public void assign(String caseId, String departmentCode, String deadlineResetReason) {
        var clerk = commands.require(Role.INTAKE);
        commands.send(
                new AssignCaseCommand(
                        caseId,
                        clerk.actor(),
                        Channel.WORKBENCH,
                        departmentCode,
                        null,
                        emptyToNull(deadlineResetReason),
                        null),
                caseId);
    }

    public void merge(String caseId, String primaryCaseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        commands.send(
                new MergeCaseCommand(caseId, clerk.actor(), Channel.WORKBENCH, primaryCaseId, reason, null), caseId);
    }

    public void reopen(String caseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        commands.send(new ReopenCaseCommand(caseId, clerk.actor(), Channel.WORKBENCH, reason, null), caseId);
    }

    public void close(String caseId, String remark) {
        var clerk = commands.require(Role.INTAKE);
        commands.send(
                new CloseCaseCommand(caseId, clerk.actor(), Channel.WORKBENCH, emptyToNull(remark), null), caseId);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
