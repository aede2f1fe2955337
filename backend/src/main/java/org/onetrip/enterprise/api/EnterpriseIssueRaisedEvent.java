package org.onetrip.enterprise.api;

import org.onetrip.shared.api.EventContext;

/** A ledger issue became the enterprise request {@code caseId}. */
public record EnterpriseIssueRaisedEvent(
        String enterpriseId,
        EventContext context,
        String visitId,
        int issueNumber,
        EnterpriseIssueType type,
        String caseId)
        implements EnterpriseEvent {}
