package org.onetrip.disclosure.api;

public record FindServiceItemDiffQuery(String itemCode, int fromVersion, int toVersion) {}
