package org.onetrip.cases.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.shared.api.Channel;

/** {@code channel} is ignored for the public (always the portal) and required from intake. */
public record FileCaseRequest(
        @NotNull CaseKind kind,
        CaseCategory category,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        @Size(max = 64) String serviceItemCode,
        @Size(max = 64) String departmentCode,
        boolean anonymous,
        @Valid ContactRequest contact,
        Channel channel) {}
