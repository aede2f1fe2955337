package org.onetrip.cases.application;

import org.onetrip.cases.api.AccountabilityMeasure;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.ConcludeSupervisionCommand;
import org.onetrip.cases.api.OpenSupervisionCommand;
import org.onetrip.cases.api.RecordAccountabilityCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.springframework.stereotype.Service;

/** The discipline office's supervision (督办) and accountability (问责) on any case. */
@Service
public class CaseSupervision {

    private final CaseCommands commands;

    CaseSupervision(CaseCommands commands) {
        this.commands = commands;
    }

    public CaseOutcome<CaseRefResponse> open(String caseId, Actor by, String reason, Long expectedVersion) {
        return commands.send(new OpenSupervisionCommand(caseId, by, Channel.WORKBENCH, reason, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> conclude(String caseId, Actor by, String conclusion, Long expectedVersion) {
        return commands.send(
                new ConcludeSupervisionCommand(caseId, by, Channel.WORKBENCH, conclusion, expectedVersion));
    }

    /** Accountability of a department (and a person in it, if named) for what supervision found. */
    public CaseOutcome<CaseRefResponse> recordAccountability(
            String caseId,
            Actor by,
            String departmentCode,
            String responsiblePerson,
            AccountabilityMeasure measure,
            String findings,
            Long expectedVersion) {
        return commands.send(new RecordAccountabilityCommand(
                caseId, by, Channel.WORKBENCH, departmentCode, responsiblePerson, measure, findings, expectedVersion));
    }
}
