package org.onetrip.cases.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.cases.application.NewCase;
import org.onetrip.shared.api.Channel;

/** {@code channel} is ignored for the public (always the portal) and required from intake. */
public record FileCaseRequest(
        @NotNull CaseKind kind,
        CaseCategory category,
        @NotBlank @Size(max = CaseLimits.TITLE) String title,
        @NotBlank @Size(max = CaseLimits.DESCRIPTION) String description,
        @Size(max = CaseLimits.CODE) String serviceItemCode,
        @Size(max = CaseLimits.CODE) String departmentCode,
        boolean anonymous,
        @Valid ContactRequest contact,
        Channel channel) {

    NewCase toNewCase() {
        return new NewCase(
                kind,
                category,
                title,
                description,
                serviceItemCode,
                departmentCode,
                anonymous,
                contact == null ? null : contact.name(),
                contact == null ? null : contact.phone(),
                contact == null ? null : contact.email());
    }
}
