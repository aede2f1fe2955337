package org.onetrip.workbench.search;

import java.util.Optional;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.projections.cases.ReceiptCodeLookup;
import org.onetrip.shared.api.Actor;
import org.springframework.stereotype.Component;

/** The staff search's receipt-code look-up: the case registry, checked as the by-receipt-code endpoint checks it. */
@Component
public class RegistryReceiptCodeLookup implements ReceiptCodeLookup {

    private final CaseHistory history;

    public RegistryReceiptCodeLookup(CaseHistory history) {
        this.history = history;
    }

    @Override
    public Optional<String> readableCaseId(String typedReceiptCode, Actor reader) {
        return history.byReceiptCode(typedReceiptCode, reader).map(CaseRefResponse::caseId);
    }
}
