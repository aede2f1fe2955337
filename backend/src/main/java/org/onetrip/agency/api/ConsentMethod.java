package org.onetrip.agency.api;

/** How the citizen agreed that the agent takes their materials and acts for them. */
public enum ConsentMethod {
    SIGNED_FORM,
    THUMBPRINT,
    VERBAL_WITH_WITNESS
}
