package org.onetrip.disclosure.api;

import java.util.List;

public record NoticeListResponse(List<NoticeResponse> notices) {}
