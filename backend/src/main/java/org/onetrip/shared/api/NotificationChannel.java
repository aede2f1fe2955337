package org.onetrip.shared.api;

/** How the township tells a filer something: e-mail, SMS, or a WeChat template message. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    WECHAT
}
