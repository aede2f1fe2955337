package org.onetrip.audit.api;

import java.time.Instant;
import org.onetrip.disclosure.api.NoticeResponse;

/** A notice as the public saw it at {@code at}; {@code publicPage} is null before it was published. */
public record NoticeAsOfResponse(String noticeId, Instant at, boolean published, NoticeResponse publicPage) {}
