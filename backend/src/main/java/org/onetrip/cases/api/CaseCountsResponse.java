package org.onetrip.cases.api;

import java.util.Map;

public record CaseCountsResponse(long total, Map<CaseStatus, Long> byStatus) {}
