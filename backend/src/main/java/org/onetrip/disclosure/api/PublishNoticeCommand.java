package org.onetrip.disclosure.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

public record PublishNoticeCommand(
        @TargetAggregateIdentifier String noticeId,
        Actor actor,
        Channel channel,
        NoticeKind kind,
        String title,
        String body,
        String departmentCode,
        List<String> relatedItemCodes) {

    public PublishNoticeCommand {
        relatedItemCodes = relatedItemCodes == null ? List.of() : List.copyOf(relatedItemCodes);
    }
}
