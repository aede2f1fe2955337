package org.onetrip.disclosure.api;

public enum NoticeKind {
    NOTICE("通知公告"),
    POLICY_INTERPRETATION("政策解读");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
