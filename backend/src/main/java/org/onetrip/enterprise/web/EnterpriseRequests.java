package org.onetrip.enterprise.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.enterprise.api.EnterpriseLimits;
import org.onetrip.enterprise.api.EnterpriseSector;
import org.onetrip.enterprise.api.LedgerIssue;
import org.onetrip.privacy.api.ContactDetails;

/** Bodies of the enterprise endpoints; the enterprise itself checks every rule again (docs/api.md). */
public final class EnterpriseRequests {

    private EnterpriseRequests() {}

    public record ContactRequest(
            @Size(max = EnterpriseLimits.CONTACT_NAME) String name,

            @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number of 5 to 20 digits") String phone,

            @Email @Size(max = EnterpriseLimits.CONTACT_EMAIL) String email) {

        ContactDetails details() {
            return new ContactDetails(blankToNull(name), blankToNull(phone), blankToNull(email));
        }
    }

    public record RegisterRequest(
            @NotBlank @Size(max = EnterpriseLimits.NAME) String name,
            @NotNull EnterpriseSector sector,
            @Size(max = EnterpriseLimits.PARK) String park,
            @Valid ContactRequest contact,
            @NotBlank @Size(max = 64) String liaisonPersonId) {}

    public record ReviseRequest(
            @NotBlank @Size(max = EnterpriseLimits.NAME) String name,
            @NotNull EnterpriseSector sector,
            @Size(max = EnterpriseLimits.PARK) String park,
            @NotBlank @Size(max = EnterpriseLimits.REASON) String reason) {}

    public record LiaisonRequest(
            @NotBlank @Size(max = 64) String personId,
            @NotBlank @Size(max = EnterpriseLimits.REASON) String reason) {}

    public record ReasonRequest(
            @NotBlank @Size(max = EnterpriseLimits.REASON) String reason) {}

    public record ReplaceContactRequest(
            @NotNull @Valid ContactRequest contact,
            @NotBlank @Size(max = EnterpriseLimits.REASON) String reason) {}

    public record IssueRequest(
            @NotNull EnterpriseIssueType type,

            @NotBlank @Size(max = EnterpriseLimits.ISSUE_SUMMARY) String summary,

            @Size(max = EnterpriseLimits.ISSUE_DETAILS) String details,
            Boolean raiseAsCase,
            @Size(max = EnterpriseLimits.RESOLUTION) String resolution) {

        /** Raised as a request unless the body says it was settled on the spot. */
        LedgerIssue issue() {
            return new LedgerIssue(type, summary, details, raiseAsCase == null || raiseAsCase, resolution);
        }
    }

    public record LedgerEntryRequest(
            @NotNull LocalDate visitedOn,
            @Size(max = EnterpriseLimits.PARTICIPANTS) String participants,

            @NotBlank @Size(max = EnterpriseLimits.SITUATION) String situation,

            @Size(max = EnterpriseLimits.ISSUES) List<@Valid @NotNull IssueRequest> issues) {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
