package org.onetrip.disclosure.api;

import java.time.Instant;
import java.util.List;

/**
 * An item as the catalogue shows it: the content of the current (or asked-for) version with readable
 * labels, the whole version history with what changed each time, and the tombstone once withdrawn.
 * {@code editorCheck} is for staff only: what still blocks publication of the current content.
 */
public record ServiceItemResponse(
        String code,
        ServiceItemStatus status,
        int version,
        int currentVersion,
        long sequence,
        ServiceItemContent content,
        String departmentName,
        String hallZoneLabel,
        String classificationLabel,
        List<String> materialsDescribed,
        Instant firstPublishedAt,
        Instant versionPublishedAt,
        String batchId,
        String batchName,
        Tombstone withdrawn,
        List<VersionEntry> history,
        EditorCheck editorCheck) {

    public record VersionEntry(
            int version, Instant publishedAt, String batchName, String changeNote, List<FieldChange> changes) {}

    public record Tombstone(Instant at, String reason, int lastVersion) {}

    public record EditorCheck(List<String> missingFields, List<VagueWording> vagueWording) {}
}
