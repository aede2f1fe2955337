package org.onetrip.disclosure.api;

/** The catalogue, optionally narrowed; drafts only for staff. */
public record FindServiceItemsQuery(
        boolean staff, HallZone hallZone, Classification classification, String departmentCode) {}
