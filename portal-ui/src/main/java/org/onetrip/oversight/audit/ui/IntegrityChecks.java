package org.onetrip.oversight.audit.ui;

import java.util.Optional;
import org.onetrip.integrity.api.AggregateIntegrity;
import org.onetrip.integrity.api.IntegrityReport;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.onetrip.shared.api.Actor;
import org.springframework.stereotype.Service;

/** Verification as the auditor's screen asks for it: straight from the event store, never a projection. */
@Service
public class IntegrityChecks {

    private final IntegrityVerifier verifier;
    private final AuditService cases;

    public IntegrityChecks(IntegrityVerifier verifier, AuditService cases) {
        this.verifier = verifier;
        this.cases = cases;
    }

    public IntegrityReport verifyAll() {
        return verifier.verifyAll();
    }

    /** The chain of the case with this receipt code or case id, if there is such a case. */
    public Optional<AggregateIntegrity> verifyCase(String caseIdOrReceiptCode, Actor reader) {
        return cases.find(caseIdOrReceiptCode, reader).flatMap(timeline -> verifier.verifyAggregate(timeline.caseId()));
    }
}
