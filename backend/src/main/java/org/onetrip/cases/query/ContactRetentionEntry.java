package org.onetrip.cases.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onetrip.shared.persistence.AssignedIdEntity;

/** A case with encrypted contact data: when it ended (closed, declined, merged) and whether it was erased. */
@Entity
@Table(name = "contact_retention")
public class ContactRetentionEntry extends AssignedIdEntity {

    @Id
    @Column(length = 64)
    private String caseId;

    private Instant endedAt;

    private Instant erasedAt;

    protected ContactRetentionEntry() {}

    ContactRetentionEntry(String caseId) {
        this.caseId = caseId;
    }

    @Override
    public String getId() {
        return caseId;
    }

    public String caseId() {
        return caseId;
    }

    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    void erased(Instant at) {
        erasedAt = at;
    }
}
