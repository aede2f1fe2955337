package org.onetrip.projections.cases;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseState.PendingExtension;
import org.onetrip.cases.api.CaseState.PendingTransfer;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Rating;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.buckpassing.DepartmentTally;
import org.onetrip.projections.buckpassing.HandlingStep;
import org.onetrip.shared.api.Channel;

/**
 * The staff search document of one case, folded from its events by {@link CaseDocumentFolder}.
 * {@code version} is the sequence number of the last event folded in; Elasticsearch stores it as the
 * external version, so an older or repeated write can never replace a newer document.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class CaseDocument {

    /** The statuses of a published handling result, the only cases a public search shows. */
    public static final Set<CaseStatus> PUBLISHED =
            EnumSet.of(CaseStatus.ANSWERED, CaseStatus.RATED, CaseStatus.CLOSED);

    String caseId;
    /** 案件编号, what staff call the case: its {@link PublicResultId}, never the receipt code (the filer's key). */
    String caseNumber;

    CaseKind kind;
    CaseCategory category;
    /** The category's names in both languages, so a search for what clerks call it finds the case. */
    List<String> categoryNames = new ArrayList<>();

    Channel channel;
    String title;
    String description;
    String serviceItemCode;
    String concernedDepartmentCode;
    boolean anonymous;
    CaseStatus status;
    String departmentCode;
    List<String> departmentsInvolved = new ArrayList<>();
    Instant filedAt;
    Instant acceptedAt;
    Instant firstAssignedAt;
    Instant signedAt;
    LocalDate dueDate;
    Instant answeredAt;
    Instant closedAt;
    String answer;
    Rating rating;
    Boolean satisfied;
    Boolean answeredOnTime;
    Integer handlingWorkingDays;
    int returns;
    int transfers;
    int extensionsRequested;
    int extensionsApproved;
    PendingExtension pendingExtension;
    int reopenings;
    boolean underSupervision;
    /** The intake desk keeps the handling result off the public pages (不予公开). */
    boolean resultWithheld;

    int accountabilityRecords;
    String mergedIntoCaseId;
    List<String> duplicateCaseIds = new ArrayList<>();
    PendingTransfer pendingTransfer;
    List<HandlingStep> steps = new ArrayList<>();
    List<BuckPassingFlag> flags = new ArrayList<>();
    int flagScore;
    /** The case's share of each department's handling record, summed by the discipline office's summary. */
    List<DepartmentTally> departmentTallies = new ArrayList<>();
    /** While the case is open and held: by whom, since when, signed for or not, its deadline (see {@link BuckPassingDetector#holding}). */
    String heldBy;

    LocalDate heldSince;
    Boolean heldUnsigned;
    LocalDate heldDueDate;
    Instant lastChangedAt;
    long version = -1;

    public String caseId() {
        return caseId;
    }

    /** When the case was filed; the discipline office's trend groups cases by their filing month. */
    public Instant filedAt() {
        return filedAt;
    }

    public long version() {
        return version;
    }

    public CaseStatus status() {
        return status;
    }

    public List<HandlingStep> steps() {
        return steps;
    }

    public List<BuckPassingFlag> flags() {
        return flags;
    }

    public List<DepartmentTally> departmentTallies() {
        return departmentTallies;
    }

    public PendingTransfer pendingTransfer() {
        return pendingTransfer;
    }

    public PendingExtension pendingExtension() {
        return pendingExtension;
    }

    public boolean isOpen() {
        return status != null && !status.isFinal() && status != CaseStatus.ANSWERED && status != CaseStatus.RATED;
    }

    /**
     * Whether the public index holds the case: from its first published handling result on, so that what
     * follows (a reopening) reaches it too; a case never published is not there, not even its title.
     */
    boolean inPublicIndex() {
        return kind != null && kind.resultIsPublished() && (answeredAt != null || PUBLISHED.contains(status));
    }

    /** The identifier of the case's published handling result: its case number, made when it was filed. */
    String publicId() {
        return caseNumber != null ? caseNumber : PublicResultId.of(caseId);
    }

    /**
     * What the public search may show: no description, no contact, no people, no internal notes; the personal
     * identifiers a title or an answer may still hold are masked. A withheld result keeps only its identifier,
     * status and version there, so it is out of every public search and a late copy of an earlier version cannot
     * bring its text back.
     */
    public PublicCaseDocument toPublic() {
        if (resultWithheld) {
            return PublicCaseDocument.withheld(publicId(), status, version);
        }
        return new PublicCaseDocument(
                        publicId(),
                        kind,
                        category,
                        title,
                        status,
                        departmentCode,
                        List.copyOf(departmentsInvolved),
                        filedAt,
                        dueDate,
                        answeredAt,
                        closedAt,
                        answer,
                        rating,
                        answeredOnTime,
                        version,
                        false)
                .masked();
    }
}
