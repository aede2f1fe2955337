package org.onetrip.cases.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.onetrip.cases.api.CaseLimits;

public record ContactRequest(
        @Size(max = CaseLimits.CONTACT_NAME) String name,

        @Pattern(regexp = CaseLimits.PHONE_PATTERN, message = CaseLimits.PHONE_MESSAGE) String phone,

        @Email @Size(max = CaseLimits.EMAIL) String email) {}
