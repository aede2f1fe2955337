package org.onetrip.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.onetrip.cases.api.EraseComplainantContactCommand;

public record ErasureRequest(
        @NotBlank @Size(max = EraseComplainantContactCommand.MAX_REASON_LENGTH) String reason) {}
