package org.onetrip.projections.allegations;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.shared.api.Channel;

/**
 * A case in the discipline office's queue: a complaint accusing staff (from its filing on), or a
 * complaint or report naming a department, whose conflict-of-interest request and decision it carries.
 * No receipt code, no contact data. {@code sequence} is the case's last event folded in.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AllegationDocument {

    public String caseId;
    public CaseKind kind;
    public CaseCategory category;
    public Channel channel;
    public String title;
    public String description;
    public String concernedDepartmentCode;
    public boolean accusesStaff;
    public Instant filedAt;
    public boolean supervisionOpen;
    public Instant supervisionOpenedAt;
    public Instant supervisionConcludedAt;
    public List<Review> reviews = new ArrayList<>();
    public Instant decisionRequestedAt;
    public String decisionRequestReason;
    public boolean decisionPending;
    public Boolean permitted;
    public String decisionReason;
    public Instant decidedAt;
    public boolean inQueue;
    public Instant lastChangedAt;
    public long sequence = -1;

    public record Review(Instant at, String by, String finding) {}

    void requeue() {
        inQueue = accusesStaff || decisionRequestedAt != null || decidedAt != null;
    }
}
