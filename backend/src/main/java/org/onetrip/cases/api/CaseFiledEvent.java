package org.onetrip.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.onetrip.shared.api.EventContext;

/**
 * A case was filed. {@code origin} is set only for a case raised from a grid or enterprise visit, and
 * left out of the stored JSON otherwise, so every other filing is stored as it always was.
 */
public record CaseFiledEvent(
        String caseId,
        EventContext context,
        String receiptCode,
        CaseKind kind,
        CaseCategory category,
        String title,
        String description,
        String serviceItemCode,
        String concernedDepartmentCode,
        FiledComplainant complainant,
        @JsonInclude(JsonInclude.Include.NON_NULL) CaseOrigin origin)
        implements CaseEvent {

    /** A filing by the public or the desk. */
    public CaseFiledEvent(
            String caseId,
            EventContext context,
            String receiptCode,
            CaseKind kind,
            CaseCategory category,
            String title,
            String description,
            String serviceItemCode,
            String concernedDepartmentCode,
            FiledComplainant complainant) {
        this(
                caseId,
                context,
                receiptCode,
                kind,
                category,
                title,
                description,
                serviceItemCode,
                concernedDepartmentCode,
                complainant,
                null);
    }
}
