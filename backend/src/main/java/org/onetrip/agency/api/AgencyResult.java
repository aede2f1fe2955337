package org.onetrip.agency.api;

/** What the agent hands back: the matter done, refused by the department (with its reasons), or withdrawn. */
public enum AgencyResult {
    COMPLETED,
    REFUSED_BY_DEPARTMENT,
    WITHDRAWN_BY_CITIZEN
}
