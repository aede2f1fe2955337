package org.onetrip.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.onetrip.shared.api.Actor;

/** Says which staff member sends a request; the login-based implementation replaces the header one. */
public interface StaffIdentity {
    Actor current(HttpServletRequest request);
}
