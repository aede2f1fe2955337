package org.onetrip.disclosure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.onetrip.disclosure.api.DisclosureLimits;
import org.onetrip.disclosure.api.NoticeKind;
import org.onetrip.disclosure.api.ServiceItemContent;

/**
 * Bodies of the staff disclosure commands. The limits of an item's content are checked by the item
 * itself ({@link ServiceItemContent#checkForm()}), so they hold for every entry point.
 */
public final class DisclosureRequests {

    private DisclosureRequests() {}

    public record DraftRequest(
            @NotBlank @Size(max = 16) String code, @NotNull ServiceItemContent content) {}

    public record ContentRequest(@NotNull ServiceItemContent content) {}

    public record RevisionRequest(
            @NotNull ServiceItemContent content,
            @NotBlank @Size(max = DisclosureLimits.REASON) String changeNote,
            @Size(max = DisclosureLimits.REASON) String vagueWordingAcknowledgement) {}

    public record ReasonRequest(
            @NotBlank @Size(max = DisclosureLimits.REASON) String reason) {}

    public record BatchRequest(
            @NotBlank @Size(max = DisclosureLimits.BATCH_NAME) String batchName,

            @Size(max = DisclosureLimits.REASON) String note,

            @NotEmpty @Size(max = DisclosureLimits.BATCH_ITEMS) List<@NotBlank @Size(max = 16) String> itemCodes,

            @Size(max = DisclosureLimits.BATCH_ITEMS) Map<String, @Size(max = DisclosureLimits.REASON) String> vagueWordingAcknowledgements) {}

    public record NoticeRequest(
            @NotNull NoticeKind kind,

            @NotBlank @Size(max = DisclosureLimits.NOTICE_TITLE) String title,

            @NotBlank @Size(max = DisclosureLimits.NOTICE_BODY) String body,

            @Size(max = 64) String departmentCode,
            @Size(max = DisclosureLimits.RELATED_ITEMS) List<@NotBlank @Size(max = 16) String> relatedItemCodes) {}

    public record CorrectionRequest(
            @Size(max = DisclosureLimits.NOTICE_TITLE) String title,

            @NotBlank @Size(max = DisclosureLimits.NOTICE_BODY) String body,

            @NotBlank @Size(max = DisclosureLimits.REASON) String reason) {}

    public record BulletinRequest(
            @NotNull YearMonth period,
            Instant cutOff,
            @Size(max = DisclosureLimits.BULLETIN_TITLE) String title) {}

    public record Created(String id, String location) {}

    public record Changed(String id, long version) {}
}
