package org.onetrip.grid.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.Complainant;
import org.onetrip.grid.api.FoundIssue;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridLimits;

/** Bodies of the grid endpoints; the grid itself checks every rule again (docs/api.md). */
public final class GridRequests {

    private GridRequests() {}

    public record DefineGridRequest(
            @NotBlank @Size(max = 40) String gridId,
            @NotBlank @Size(max = GridLimits.NAME) String name,
            @NotBlank @Size(max = 64) String villageDepartmentCode,
            @Size(max = GridLimits.AREA) String area) {}

    public record ReviseGridRequest(
            @NotBlank @Size(max = GridLimits.NAME) String name,
            @Size(max = GridLimits.AREA) String area,
            @NotBlank @Size(max = GridLimits.REASON) String reason) {}

    public record AssignCadreRequest(
            @NotNull GridCadreRole role,
            @NotBlank @Size(max = 64) String personId,
            @Size(max = GridLimits.REASON) String reason) {}

    public record ReleaseCadreRequest(
            @NotBlank @Size(max = GridLimits.REASON) String reason) {}

    /** A resident's contact for the case an issue becomes; encrypted by the case, shown only to intake and discipline. */
    public record ResidentRequest(
            @Size(max = 50) String name,

            @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number of 5 to 20 digits") String phone,

            boolean anonymous) {

        Complainant complainant() {
            return new Complainant(blankToNull(name), blankToNull(phone), null, anonymous);
        }
    }

    public record IssueRequest(
            @NotBlank @Size(max = GridLimits.ISSUE_SUMMARY) String summary,
            @Size(max = GridLimits.ISSUE_DETAILS) String details,
            boolean raiseAsCase,
            @Size(max = GridLimits.RESOLUTION) String resolution,
            CaseCategory category,
            @Size(max = 64) String concernedDepartmentCode,
            @Valid ResidentRequest resident) {

        FoundIssue issue() {
            return new FoundIssue(
                    summary,
                    details,
                    raiseAsCase,
                    resolution,
                    category,
                    blankToNull(concernedDepartmentCode),
                    resident == null ? null : resident.complainant());
        }
    }

    public record LogVisitRequest(
            @NotNull LocalDate visitedOn,
            @NotBlank @Size(max = GridLimits.PLACE) String place,
            @Min(0) @Max(GridLimits.MAX_HOUSEHOLDS) int households,
            @Min(0) @Max(GridLimits.MAX_ENTERPRISES) int enterprises,
            @Size(max = GridLimits.VISITED_WHO) String visitedWho,
            @Size(max = GridLimits.NOTE) String note,
            @Size(max = GridLimits.ISSUES) List<@Valid @NotNull IssueRequest> issues) {}

    public record RaiseIssueRequest(
            @NotBlank @Size(max = GridLimits.REASON) String reason,
            CaseCategory category,
            @Size(max = 64) String concernedDepartmentCode,
            @Valid ResidentRequest resident) {}

    public record SetNormRequest(
            @Min(GridLimits.MIN_VISITS_PER_MONTH) @Max(GridLimits.MAX_VISITS_PER_MONTH) int visitsPerCadrePerMonth,

            @NotNull YearMonth effectiveFrom,
            @NotBlank @Size(max = GridLimits.REASON) String reason) {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
