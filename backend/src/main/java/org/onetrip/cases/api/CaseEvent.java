package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

/** Every fact about a case names the case and carries its provenance. */
public interface CaseEvent {
    String caseId();

    EventContext context();
}
