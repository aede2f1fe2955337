package org.onetrip.disclosure.api;

/** Every bulletin, or only {@code bulletinId} when given. */
public record FindBulletinsQuery(String bulletinId) {
    public static FindBulletinsQuery all() {
        return new FindBulletinsQuery(null);
    }
}
