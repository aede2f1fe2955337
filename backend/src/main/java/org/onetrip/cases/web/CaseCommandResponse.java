package org.onetrip.cases.web;

import org.onetrip.cases.api.CaseStatus;

public record CaseCommandResponse(String caseId, CaseStatus status, long version) {}
