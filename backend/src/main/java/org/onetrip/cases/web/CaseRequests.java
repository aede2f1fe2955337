package org.onetrip.cases.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onetrip.cases.api.AccountabilityMeasure;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.application.CaseHandling;
import org.onetrip.shared.api.Channel;

/** Bodies of the staff and public case commands; the limits here are the API's promise in docs/api.md. */
public final class CaseRequests {

    static final int REASON = CaseLimits.REASON;
    static final int ANSWER = CaseLimits.ANSWER;

    private CaseRequests() {}

    public record NoteRequest(@Size(max = REASON) String note) {}

    public record ReasonRequest(
            @NotBlank @Size(max = REASON) String reason) {}

    public record AssignRequest(
            @NotBlank @Size(max = CaseLimits.CODE) String departmentCode,
            @Size(max = REASON) String instructions,
            @Size(max = REASON) String deadlineResetReason) {}

    public record ProgressNoteRequest(
            @NotBlank @Size(max = REASON) String note) {}

    public record ExtensionRequest(
            @Min(CaseLimits.MIN_EXTENSION_DAYS) @Max(CaseLimits.EXTENSION_DAYS_CEILING) int workingDays,

            @NotBlank @Size(max = REASON) String reason) {}

    public record TransferRequest(
            @NotBlank @Size(max = CaseLimits.CODE) String toDepartmentCode,
            @NotBlank @Size(max = REASON) String reason) {}

    public record AnswerRequest(
            @NotBlank @Size(max = ANSWER) String answer) {}

    public record RatingRequest(
            @NotNull Rating rating, @Size(max = REASON) String comment) {}

    /** A rating intake takes down on the complainant's behalf: by phone (the default) or at the window. */
    public record StaffRatingRequest(
            @NotNull Rating rating, @Size(max = REASON) String comment, Channel channel) {

        @JsonIgnore
        public Channel channelTaken() {
            return channel == null ? Channel.HOTLINE : channel;
        }

        @JsonIgnore
        @AssertTrue(message = "channel must be HOTLINE or WINDOW") public boolean isChannelTakenByStaff() {
            return CaseHandling.STAFF_RATING_CHANNELS.contains(channelTaken());
        }
    }

    public record CloseRequest(@Size(max = REASON) String remark) {}

    public record MergeRequest(
            @NotBlank @Size(max = CaseLimits.CODE) String primaryCaseId,
            @NotBlank @Size(max = REASON) String reason) {}

    public record ConclusionRequest(
            @NotBlank @Size(max = REASON) String conclusion) {}

    public record AccountabilityRequest(
            @NotBlank @Size(max = CaseLimits.CODE) String departmentCode,
            @Size(max = CaseLimits.RESPONSIBLE_PERSON) String responsiblePerson,
            @NotNull AccountabilityMeasure measure,
            @NotBlank @Size(max = ANSWER) String findings) {}
}
