package org.onetrip.oversight.discipline.ui;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.ConcludeSupervisionCommand;
import org.onetrip.cases.api.FindCaseTimelineQuery;
import org.onetrip.cases.api.OpenSupervisionCommand;
import org.onetrip.cases.api.RecordAccountabilityCommand;
import org.onetrip.cases.web.CaseCommandSender;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.oversight.CommandRefusals;
import org.onetrip.projections.buckpassing.BuckPassingAnalysis;
import org.onetrip.projections.buckpassing.BuckPassingReport;
import org.onetrip.projections.buckpassing.DepartmentSummary;
import org.onetrip.projections.cases.CaseDocument;
import org.onetrip.projections.cases.CaseDocuments;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.springframework.stereotype.Service;

/**
 * What the discipline office's screens read and do: the buck-passing analysis over the case
 * documents (as the REST report computes it), a case's full timeline, and the supervision and
 * accountability commands, sent as the signed-in staff member.
 */
@Service
public class DisciplineService {

    static final int REPORT_LIMIT = 200;

    private final CaseDocuments documents;
    private final BuckPassingAnalysis analysis;
    private final CaseCommandSender sender;
    private final DepartmentDirectory departments;
    private final Clock clock;

    public DisciplineService(
            CaseDocuments documents,
            BuckPassingAnalysis analysis,
            CaseCommandSender sender,
            DepartmentDirectory departments,
            Clock clock) {
        this.documents = documents;
        this.analysis = analysis;
        this.sender = sender;
        this.departments = departments;
        this.clock = clock;
    }

    /** Flagged cases, heaviest first, each with the flags that explain it. */
    public BuckPassingReport report() {
        return analysis.report(all(), today(), null, REPORT_LIMIT);
    }

    public List<DepartmentSummary> departmentSummaries() {
        return analysis.departments(all(), today());
    }

    public Optional<CaseTimelineResponse> timeline(String caseId) {
        if (caseId == null || caseId.isBlank() || caseId.length() > 64) {
            return Optional.empty();
        }
        return sender.ask(new FindCaseTimelineQuery(caseId), CaseTimelineResponse.class);
    }

    public List<Department> departments() {
        return departments.all();
    }

    public String departmentName(String code, Locale locale) {
        return departments.name(code, locale);
    }

    public void openSupervision(String caseId, String reason, Actor actor) {
        send(new OpenSupervisionCommand(caseId, actor, Channel.WORKBENCH, reason, null), caseId);
    }

    public void concludeSupervision(String caseId, String conclusion, Actor actor) {
        send(new ConcludeSupervisionCommand(caseId, actor, Channel.WORKBENCH, conclusion, null), caseId);
    }

    public void recordAccountability(String caseId, AccountabilityInput input, Actor actor) {
        send(
                new RecordAccountabilityCommand(
                        caseId,
                        actor,
                        Channel.WORKBENCH,
                        input.departmentCode(),
                        input.responsiblePerson(),
                        input.measure(),
                        input.findings(),
                        null),
                caseId);
    }

    private void send(Object command, String caseId) {
        try {
            sender.send(command, caseId);
        } catch (RuntimeException e) {
            throw CommandRefusals.translate(e);
        }
    }

    private List<CaseDocument> all() {
        var all = new ArrayList<CaseDocument>();
        documents.forEach(Query.of(q -> q.matchAll(m -> m)), all::add);
        return all;
    }

    private LocalDate today() {
        return clock.instant().atZone(WorkingDays.ZONE).toLocalDate();
    }
}
