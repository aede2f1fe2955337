package org.onetrip.disclosure.api;

import org.onetrip.shared.api.EventContext;

public record NoticeRetractedEvent(String noticeId, EventContext context, String reason) implements NoticeEvent {}
