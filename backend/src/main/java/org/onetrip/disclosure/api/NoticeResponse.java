package org.onetrip.disclosure.api;

import java.time.Instant;
import java.util.List;

/**
 * A notice with its current text, the original beside it, every correction with its reason, and
 * the retraction tombstone. {@code status} is PUBLISHED, CORRECTED or RETRACTED.
 */
public record NoticeResponse(
        String noticeId,
        NoticeKind kind,
        String kindLabel,
        String status,
        String title,
        String body,
        String departmentCode,
        List<String> relatedItemCodes,
        Instant publishedAt,
        Instant lastChangedAt,
        long sequence,
        Text original,
        List<Correction> corrections,
        Retraction retraction) {

    public record Text(String title, String body) {}

    public record Correction(int number, Instant at, String reason, String title, String body) {}

    public record Retraction(Instant at, String reason) {}
}
