package org.onetrip.disclosure.api;

public enum ServiceItemStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
