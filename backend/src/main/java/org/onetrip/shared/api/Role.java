package org.onetrip.shared.api;

public enum Role {
    PUBLIC,
    INTAKE,
    HANDLER,
    DISCIPLINE,
    AUDITOR,
    ADMIN,
    SYSTEM;

    public boolean isStaff() {
        return this != PUBLIC;
    }
}
