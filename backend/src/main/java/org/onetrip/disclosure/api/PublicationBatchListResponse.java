package org.onetrip.disclosure.api;

import java.util.List;

public record PublicationBatchListResponse(List<PublicationBatchResponse> batches) {}
