package org.onetrip.workbench.intake;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseStory;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.application.CaseDeadlines;
import org.onetrip.cases.application.CaseFiling;
import org.onetrip.cases.application.CaseHandling;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.cases.application.NewCase;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchRequest;
import org.onetrip.projections.cases.CaseSearchRequest.CaseSort;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.projections.cases.DeadlineStatus;
import org.onetrip.projections.cases.PublicResultId;
import org.onetrip.projections.cases.TransferProposalsResponse.Proposal;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
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
    public static final Set<Channel> RATING_CHANNELS = CaseHandling.STAFF_RATING_CHANNELS;

    static final int PAGE = 100;
    static final int DUPLICATES = 10;

    private final WorkbenchCommands commands;
    private final CaseFiling filing;
    private final CaseHandling handling;
    private final CaseHistory history;
    private final CaseDeadlines deadlines;
    private final CaseSearch search;
    private final DepartmentDirectory departments;

    public IntakeDesk(
            WorkbenchCommands commands,
            CaseFiling filing,
            CaseHandling handling,
            CaseHistory history,
            CaseDeadlines deadlines,
            CaseSearch search,
            DepartmentDirectory departments) {
        this.commands = commands;
        this.filing = filing;
        this.handling = handling;
        this.history = history;
        this.deadlines = deadlines;
        this.search = search;
        this.departments = departments;
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
        var filed = WorkbenchCommands.done(() -> filing.file(
                new NewCase(
                        registration.kind(),
                        registration.category(),
                        registration.title(),
                        registration.description(),
                        null,
                        registration.departmentCode(),
                        registration.anonymous(),
                        registration.contactName(),
                        registration.contactPhone(),
                        registration.contactEmail()),
                clerk.actor(),
                registration.channel()));
        return new CaseRefResponse(filed.caseId(), filed.receiptCode().value(), filed.status(), filed.version());
    }

    /** The desk's work queues: everything waiting for it, or one kind of work. */
    public enum Queue {
        ALL,
        NEW,
        AWAITING_DECISION,
        OVERDUE,
        FLAGGED
    }

    /** Accepted, returned, answered or rated: the desk must assign, reassign or close. */
    static final List<CaseStatus> AWAITING_DECISION =
            List.of(CaseStatus.ACCEPTED, CaseStatus.RETURNED, CaseStatus.ANSWERED, CaseStatus.RATED);

    /** The cases of one queue, at most {@value #PAGE}: overdue ones due first, flagged ones heaviest first. */
    public List<Hit> queue(Queue queue) {
        commands.require(Role.INTAKE);
        return search.search(queueRequest(queue, PAGE)).hits();
    }

    /** How many cases each queue holds now (the search index, which follows the events by a moment). */
    public Map<Queue, Long> queueSizes() {
        commands.require(Role.INTAKE);
        var sizes = new EnumMap<Queue, Long>(Queue.class);
        for (var queue : Queue.values()) {
            sizes.put(queue, search.search(queueRequest(queue, 1)).total());
        }
        return sizes;
    }

    static CaseSearchRequest queueRequest(Queue queue, int size) {
        return switch (queue) {
            case ALL ->
                new CaseSearchRequest(null, AWAITING, null, null, null, null, null, false, 0, size, CaseSort.NEWEST);
            case NEW ->
                new CaseSearchRequest(
                        null, List.of(CaseStatus.FILED), null, null, null, null, null, false, 0, size, CaseSort.NEWEST);
            case AWAITING_DECISION ->
                new CaseSearchRequest(
                        null, AWAITING_DECISION, null, null, null, null, null, false, 0, size, CaseSort.OLDEST);
            case OVERDUE ->
                new CaseSearchRequest(
                        null, null, null, null, null, null, DeadlineStatus.OVERDUE, false, 0, size, CaseSort.DUE_FIRST);
            case FLAGGED ->
                new CaseSearchRequest(null, null, null, null, null, null, null, true, 0, size, CaseSort.MOST_FLAGGED);
        };
    }

    public List<Hit> awaitingIntake() {
        commands.require(Role.INTAKE);
        return search.search(queueRequest(Queue.ALL, PAGE)).hits();
    }

    /** One case as the desk's list shows it, by id (a case opened from the search screen); empty if not indexed yet. */
    public Optional<Hit> find(String caseId) {
        commands.require(Role.INTAKE);
        return search.find(caseId);
    }

    /**
     * Whether a search finds the case in this status yet. A read by id ({@link #find}) sees a write as soon as it is
     * made; the lists are searches, which see it only after the index's next refresh.
     */
    public boolean searchShows(String caseId, CaseStatus status) {
        commands.require(Role.INTAKE);
        var byNumber =
                new CaseSearchRequest(PublicResultId.of(caseId), null, null, null, null, null, null, false, 0, 1, null);
        return search.search(byNumber).hits().stream()
                .anyMatch(hit -> hit.caseId().equals(caseId) && hit.status() == status);
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
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.APPROVE_TRANSFER);
        WorkbenchCommands.done(() -> handling.approveTransfer(caseId, clerk.actor(), version));
    }

    public void rejectTransfer(String caseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.REJECT_TRANSFER);
        WorkbenchCommands.done(() -> handling.rejectTransfer(caseId, clerk.actor(), reason, version));
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
        return deadlines.extended(request.dueDate(), request.pendingExtension().workingDays());
    }

    /** Approves the pending request and returns the new due date, as the case recorded it. */
    public LocalDate approveExtension(String caseId, String note) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.APPROVE_EXTENSION);
        WorkbenchCommands.done(() -> handling.approveExtension(caseId, clerk.actor(), emptyToNull(note), version));
        return WorkbenchCommands.done(() -> history.state(caseId, clerk.actor()))
                .dueDate();
    }

    public void denyExtension(String caseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.DENY_EXTENSION);
        WorkbenchCommands.done(() -> handling.denyExtension(caseId, clerk.actor(), reason, version));
    }

    /** A rating the complainant gave by phone or at the window, recorded with that channel. */
    public void recordRating(String caseId, Channel channel, Rating rating, String comment) {
        var clerk = commands.require(Role.INTAKE);
        if (!RATING_CHANNELS.contains(channel)
                || rating == null
                || (comment != null && comment.length() > CaseLimits.REASON)) {
            throw new WorkbenchRefusal(WorkbenchRefusal.INVALID, "channel, rating and comment");
        }
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.RATE);
        WorkbenchCommands.done(
                () -> handling.recordRating(caseId, clerk.actor(), channel, rating, emptyToNull(comment), version));
    }

    /** The case for the desk's case page, from its events (never from the search index, which may lag). */
    public CaseStory story(String caseId) {
        var clerk = commands.require(Role.INTAKE);
        return WorkbenchCommands.done(() -> history.story(caseId, clerk.actor()));
    }

    /** What the desk may do to the case now, and why not the rest; the page offers only the first. */
    public AllowedActions actions(String caseId) {
        var clerk = commands.require(Role.INTAKE);
        return WorkbenchCommands.done(() -> history.allowedActions(caseId, clerk.actor()));
    }

    public CaseTimelineResponse timeline(String caseId) {
        var clerk = commands.require(Role.INTAKE);
        return WorkbenchCommands.done(() -> history.timeline(caseId, clerk.actor()));
    }

    public void accept(String caseId, String note) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.ACCEPT);
        WorkbenchCommands.done(() -> handling.accept(caseId, clerk.actor(), emptyToNull(note), version));
    }

    public void decline(String caseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.DECLINE);
        WorkbenchCommands.done(() -> handling.decline(caseId, clerk.actor(), reason, version));
    }

    public void assign(String caseId, String departmentCode, String deadlineResetReason) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.ASSIGN);
        WorkbenchCommands.done(() -> handling.assign(
                caseId, clerk.actor(), departmentCode, null, emptyToNull(deadlineResetReason), version));
    }

    public void merge(String caseId, String primaryCaseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.MERGE);
        WorkbenchCommands.done(() -> handling.merge(caseId, clerk.actor(), primaryCaseId, reason, version));
    }

    public void reopen(String caseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.REOPEN);
        WorkbenchCommands.done(() -> handling.reopen(caseId, clerk.actor(), reason, version));
    }

    public void close(String caseId, String remark) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.CLOSE);
        WorkbenchCommands.done(() -> handling.close(caseId, clerk.actor(), emptyToNull(remark), version));
    }

    public void withholdResult(String caseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.WITHHOLD_RESULT);
        WorkbenchCommands.done(() -> handling.withholdResult(caseId, clerk.actor(), reason, version));
    }

    public void republishResult(String caseId, String reason) {
        var clerk = commands.require(Role.INTAKE);
        var version = WorkbenchCommands.allowed(history, caseId, clerk, CaseAction.REPUBLISH_RESULT);
        WorkbenchCommands.done(() -> handling.republishResult(caseId, clerk.actor(), reason, version));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
