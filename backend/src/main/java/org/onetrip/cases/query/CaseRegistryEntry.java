package org.onetrip.cases.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.calendar.api.Deadline;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.shared.persistence.AssignedIdEntity;

/**
 * The command side's own lookup: receipt code to case, current status and version. It is written
 * in the same transaction as the events (subscribing processor), so a code works the moment filing
 * is acknowledged. It keeps a one-way digest of the code, not the code: the filer's key is in no
 * table, index or backup of this one.
 */
@Entity
@Table(
        name = "case_registry",
        indexes = @Index(name = "ux_case_registry_receipt_digest", columnList = "receiptCodeDigest", unique = true))
public class CaseRegistryEntry extends AssignedIdEntity {

    @Id
    @Column(length = 64)
    private String caseId;

    static final String DIGEST_PURPOSE = "onetrip-receipt";

    @Column(nullable = false, length = 64)
    private String receiptCodeDigest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseStatus status;

    @Column(length = 64)
    private String departmentCode;

    private LocalDate dueDate;

    @Column(nullable = false)
    private Instant filedAt;

    @Column(nullable = false)
    private Instant lastChangedAt;

    @Column(nullable = false)
    private long version;

    protected CaseRegistryEntry() {}

    CaseRegistryEntry(String caseId, String receiptCode, CaseKind kind, Instant filedAt) {
        this.caseId = caseId;
        this.receiptCodeDigest = digestOf(receiptCode);
        this.kind = kind;
        this.status = CaseStatus.FILED;
        this.filedAt = filedAt;
        this.lastChangedAt = filedAt;
    }

    void record(long sequence, Instant at) {
        this.version = sequence;
        this.lastChangedAt = at;
    }

    static String digestOf(String receiptCode) {
        return ReceiptCode.digest(DIGEST_PURPOSE, receiptCode);
    }

    /** The part of the case's state this row keeps (not the receipt code); {@link CaseState#step} needs no more. */
    CaseState state() {
        return new CaseState(
                caseId,
                null,
                kind,
                null,
                null,
                false,
                status,
                departmentCode,
                dueDate == null ? null : new Deadline(dueDate, 0, 0),
                false,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                List.of(),
                0,
                0,
                0);
    }

    void follow(CaseState state) {
        this.status = state.status();
        this.departmentCode = state.departmentCode();
        this.dueDate = state.dueDate();
    }

    @Override
    public String getId() {
        return caseId;
    }

    public String caseId() {
        return caseId;
    }

    public CaseKind kind() {
        return kind;
    }

    public CaseStatus status() {
        return status;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public long version() {
        return version;
    }
}
