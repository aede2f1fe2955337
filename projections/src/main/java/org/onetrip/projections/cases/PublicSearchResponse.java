package org.onetrip.projections.cases;

import java.util.List;
import java.util.Map;

public record PublicSearchResponse(
        long total, int page, int size, List<PublicCaseDocument> hits, Map<String, Map<String, Long>> facets) {}
