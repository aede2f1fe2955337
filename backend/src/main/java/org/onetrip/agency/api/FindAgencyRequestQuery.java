package org.onetrip.agency.api;

/** A request as the citizen sees it, by the tracking code on their slip. */
public record FindAgencyRequestQuery(String trackingCode) {}
