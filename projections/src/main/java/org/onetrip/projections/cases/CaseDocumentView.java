package org.onetrip.projections.cases;

import java.time.Instant;
import java.util.List;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.Rating;
import org.onetrip.projections.buckpassing.HandlingStep;

/** Read-only fields of a case document for the analyses in other packages. */
public record CaseDocumentView(
        String caseId,
        String caseNumber,
        String title,
        CaseKind kind,
        CaseCategory category,
        String serviceItemCode,
        String departmentCode,
        List<String> departmentsInvolved,
        Instant answeredAt,
        Boolean answeredOnTime,
        Integer handlingWorkingDays,
        Rating rating,
        Boolean satisfied,
        String answeringDepartment,
        Instant firstAnsweredAt) {

    public static CaseDocumentView of(CaseDocument doc) {
        String answering = null;
        Instant firstAnswer = null;
        for (var step : doc.steps) {
            if (step.type() == HandlingStep.Type.ANSWERED && answering == null) {
                answering = step.department();
                firstAnswer = step.at();
            }
        }
        return new CaseDocumentView(
                doc.caseId,
                PublicResultId.of(doc.caseId),
                doc.title,
                doc.kind,
                doc.category,
                doc.serviceItemCode,
                doc.departmentCode,
                List.copyOf(doc.departmentsInvolved),
                doc.answeredAt,
                doc.answeredOnTime,
                doc.handlingWorkingDays,
                doc.rating,
                doc.satisfied,
                answering,
                firstAnswer);
    }
}
