package org.onetrip.cases.query;

import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.shared.api.EventContext;

/** Fixture builder for the query tests: an anonymous buck-passing complaint as filed. */
final class FiledCases {

    private FiledCases() {}

    static CaseFiledEvent anonymousComplaint(String caseId, EventContext context) {
        return new CaseFiledEvent(
                caseId,
                context,
                ReceiptCode.generate().value(),
                CaseKind.COMPLAINT,
                CaseCategory.BUCK_PASSING,
                "宅基地",
                "描述",
                null,
                null,
                FiledComplainant.NONE);
    }
}
