package org.onetrip.disclosure.api;

import org.onetrip.shared.api.EventContext;

public record NoticeCorrectedEvent(
        String noticeId, EventContext context, int correctionNumber, String title, String body, String reason)
        implements NoticeEvent {}
