package org.onetrip.disclosure.api;

import java.util.List;
import org.onetrip.shared.api.EventContext;

public record NoticePublishedEvent(
        String noticeId,
        EventContext context,
        NoticeKind kind,
        String title,
        String body,
        String departmentCode,
        List<String> relatedItemCodes)
        implements NoticeEvent {}
