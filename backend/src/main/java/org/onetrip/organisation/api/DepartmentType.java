package org.onetrip.organisation.api;

public enum DepartmentType {
    INTAKE,
    DISCIPLINE,
    OFFICE,
    VILLAGE
}
