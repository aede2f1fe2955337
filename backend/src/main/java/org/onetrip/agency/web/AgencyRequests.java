package org.onetrip.agency.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.onetrip.agency.api.AgencyResult;
import org.onetrip.agency.api.AssignAgentCommand;
import org.onetrip.agency.api.BeneficiaryGroup;
import org.onetrip.agency.api.ConsentMethod;
import org.onetrip.shared.api.Channel;

/** The bodies the agency endpoints accept. */
public final class AgencyRequests {

    private AgencyRequests() {}

    public record RegisterRequest(
            @NotBlank @Size(max = 64) String serviceItemCode,
            @NotNull BeneficiaryGroup beneficiary,
            @Size(max = 64) String villageCode,
            @NotBlank @Size(max = 50) String requesterName,
            @NotBlank @Size(max = 30) String requesterPhone,
            @Size(max = 2000) String note,
            @NotNull Channel channel) {}

    public record AgentRequest(
            @NotBlank @Size(max = AssignAgentCommand.MAX_CODE) String agentPersonId,

            @NotBlank @Size(max = AssignAgentCommand.MAX_CODE) String agentDepartmentCode) {}

    /** {@code consent} is required: without it the hand-over is refused (409 CONSENT_REQUIRED) and recorded. */
    public record HandOverRequest(
            @NotNull List<String> materials,
            ConsentMethod consent,
            @Size(max = 500) String consentNote) {}

    public record StepRequest(@NotBlank @Size(max = 2000) String step) {}

    public record HandBackRequest(
            @NotNull AgencyResult result, @Size(max = 2000) String note, List<String> materialsReturned) {}

    public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}
}
