package org.onetrip.agency.api;

/** Whom the plan's agency service is for (四.二.3): the elderly, the disabled, people working away, others. */
public enum BeneficiaryGroup {
    ELDERLY,
    DISABLED,
    MIGRANT_WORKER,
    OTHER
}
