package org.onetrip.cases.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.ReceiptCode;

/**
 * How staff timelines, audit views and as-of replays show a case's events: the filing's complainant
 * never appears, not even as ciphertext (a legacy filing holds it in clear), only whether the contact
 * was erased; the filer's receipt code, their key to the case, only masked ({@link ReceiptCode#masked}).
 * One place, so no view can forget it.
 */
public final class ContactWithholding {

    private ContactWithholding() {}

    /**
     * The event as JSON with the complainant reduced to {@code {withheld, anonymous, erased}} and the receipt code
     * masked; {@code erased}
     * is {@link org.onetrip.cases.api.CaseState#contactErased()} of the events shown (up to an instant, for an
     * as-of view).
     */
    public static ObjectNode payload(CaseEvent event, boolean erased, ObjectMapper json) {
        ObjectNode payload = json.valueToTree(event);
        if (event instanceof CaseFiledEvent filed) {
            var withheld = payload.putObject("complainant");
            withheld.put("withheld", true);
            withheld.put("anonymous", filed.complainant().anonymous());
            withheld.put("erased", erased);
            payload.put("receiptCode", ReceiptCode.masked(filed.receiptCode()));
        }
        return payload;
    }

    /** The event itself with the filing's complainant reduced to whether the filer stayed anonymous. */
    public static CaseEvent event(CaseEvent event) {
        if (event instanceof CaseFiledEvent filed) {
            return new CaseFiledEvent(
                    filed.caseId(),
                    filed.context(),
                    filed.receiptCode(),
                    filed.kind(),
                    filed.category(),
                    filed.title(),
                    filed.description(),
                    filed.serviceItemCode(),
                    filed.concernedDepartmentCode(),
                    new FiledComplainant(filed.complainant().anonymous(), null, null, null, null));
        }
        return event;
    }
}
