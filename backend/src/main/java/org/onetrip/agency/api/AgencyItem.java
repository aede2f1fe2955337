package org.onetrip.agency.api;

/** The catalogue item taken through, as published when the request was registered; its promised limit sets the deadline. */
public record AgencyItem(String code, String name, String departmentCode, int promisedTimeLimitDays, int version) {}
