package org.onetrip.cases.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ContactRequest(
        @Size(max = 50) String name,

        @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number of 5 to 20 digits") String phone,

        @Email @Size(max = 100) String email) {}
