package org.onetrip.projections.disclosure;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The public search document of one published service item (its current version), one published
 * notice (its current text, with every correction appended) or one published monthly bulletin (its
 * title, period, the departments it reports on and its headline figures). {@code sequence} is the aggregate
 * sequence number of the last event folded in; the external version written is {@code sequence + 1}.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DisclosureDocument {

    public String id;
    public DisclosureType type;
    /** The item's public service code, the notice id or the bulletin id. */
    public String code;

    // service items
    public String name;
    public String scope;
    public String hallZone;
    public String hallZoneLabel;
    public String classification;
    public String classificationLabel;
    public List<String> conditions = new ArrayList<>();
    public List<String> materials = new ArrayList<>();
    public Integer version;
    public boolean withdrawn;
    public String withdrawalReason;

    // notices
    public String noticeKind;
    public String title;
    public String body;
    public List<String> corrections = new ArrayList<>();
    public int correctionCount;
    public boolean retracted;
    public String retractionReason;

    // bulletins (title and body above: the title, and a one-sentence summary of the headline figures)
    /** The month reported on, {@code 2026-10}. */
    public String period;

    public Instant cutOff;
    public Long calendarVersion;
    /** The departments with anything to report in the period. */
    public List<String> departmentNames = new ArrayList<>();

    public Integer received;
    public Integer answered;
    public Double onTimeRate;
    public Double satisfactionRate;

    public String departmentCode;
    public Instant publishedAt;
    public Instant lastChangedAt;
    public Long sequence;

    public DisclosureDocument() {}

    DisclosureDocument(DisclosureType type, String code) {
        this.type = type;
        this.code = code;
        this.id = type.documentId(code);
    }

    /** Whether a publication has been folded in (drafts never are). */
    boolean published() {
        return publishedAt != null;
    }

    /** Whether the event at this sequence number was folded in already (a redelivery). */
    boolean alreadyFolded(long eventSequence) {
        return sequence != null && eventSequence <= sequence;
    }
}
