package org.onetrip.agency.application;

import org.onetrip.agency.api.AgencyRequestResponse;

/** A new request: the tracking code for the citizen's slip (given once) and the request as registered. */
public record Registered(String trackingCode, AgencyRequestResponse request) {}
