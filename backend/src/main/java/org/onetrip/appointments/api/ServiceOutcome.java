package org.onetrip.appointments.api;

/** How the desk says the matter went: done in the one trip the reform promises, or not (跑多次). */
public enum ServiceOutcome {
    ONE_TRIP,
    MORE_THAN_ONE_TRIP
}
