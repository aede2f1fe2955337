package org.onetrip.shared.api;

/** How a fact reached the township: the public channels of domain.md plus the staff workbench. */
public enum Channel {
    PORTAL,
    HOTLINE,
    WECHAT,
    QQ,
    LETTER,
    WINDOW,
    VISIT,
    WORKBENCH,
    SYSTEM
}
