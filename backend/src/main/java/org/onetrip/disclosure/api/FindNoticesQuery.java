package org.onetrip.disclosure.api;

/** Every notice, or only {@code noticeId} when given. */
public record FindNoticesQuery(String noticeId) {
    public static FindNoticesQuery all() {
        return new FindNoticesQuery(null);
    }
}
