package org.onetrip.enterprise.api;

/** The line of business an enterprise is registered under. */
public enum EnterpriseSector {
    AGRICULTURE,
    MANUFACTURING,
    CONSTRUCTION,
    TRADE,
    SERVICES,
    TOURISM,
    OTHER
}
