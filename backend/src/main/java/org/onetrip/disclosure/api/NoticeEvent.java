package org.onetrip.disclosure.api;

public interface NoticeEvent extends DisclosureEvent {
    String noticeId();

    @Override
    default String disclosureId() {
        return noticeId();
    }
}
