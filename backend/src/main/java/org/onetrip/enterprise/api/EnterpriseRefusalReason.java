package org.onetrip.enterprise.api;

public enum EnterpriseRefusalReason {
    ROLE_NOT_ALLOWED,
    NOT_THE_LIAISON,
    SAME_LIAISON,
    NO_CHANGE,
    NO_CONTACT,
    CONTACT_ERASED,
    ENTERPRISE_EXISTS
}
