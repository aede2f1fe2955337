package org.onetrip.projections.cases;

import java.util.Optional;
import org.onetrip.shared.api.Actor;

/**
 * Finds the case a receipt code belongs to, if {@code reader} may read it. The search index holds no receipt
 * code (it is the filer's key), so a clerk given a code by a caller is answered from the case registry with
 * the same access check as the by-receipt-code look-up; the application supplies it.
 */
@FunctionalInterface
public interface ReceiptCodeLookup {

    /** Empty for an unknown code and for a case {@code reader} may not read alike. */
    Optional<String> readableCaseId(String typedReceiptCode, Actor reader);
}
