package org.onetrip.disclosure.api;

import java.util.List;

public record BulletinListResponse(List<BulletinResponse> bulletins) {}
