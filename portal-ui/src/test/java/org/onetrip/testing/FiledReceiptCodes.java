package org.onetrip.testing;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.query.CaseRegistryRepository;

/**
 * The receipt codes filers hold, read from the cases' filing events (the registry keeps only digests of them): what
 * the lists, indices and exports under test must not contain, and what a filer tracks a case with.
 */
public final class FiledReceiptCodes {

    private FiledReceiptCodes() {}

    public static ReceiptCode of(EventStore events, String caseId) {
        var filing = events.readEvents(caseId).asStream().findFirst().orElseThrow();
        return new ReceiptCode(((CaseFiledEvent) filing.getPayload()).receiptCode());
    }

    /** Every code of every case in the registry, as stored and as grouped for people. */
    public static List<String> everySpelling(EventStore events, CaseRegistryRepository registry) {
        var codes = new ArrayList<String>();
        for (var entry : registry.findAll()) {
            var code = of(events, entry.caseId());
            codes.add(code.value());
            codes.add(code.grouped());
        }
        return codes;
    }
}
