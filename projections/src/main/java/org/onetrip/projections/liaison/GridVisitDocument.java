package org.onetrip.projections.liaison;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.grid.api.GridCadreRole;

/** One logged grid visit with its issues and, for those raised, their case ids. No resident's contact. */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GridVisitDocument {

    public String visitId;
    public String gridId;
    public String gridName;
    public String villageDepartmentCode;
    public GridCadreRole cadreRole;
    public String cadrePersonId;
    public String cadreName;
    public String cadreDepartmentCode;
    public LocalDate visitedOn;
    public String month;
    public String place;
    public int households;
    public int enterprises;
    public String visitedWho;
    public String note;
    public List<Issue> issues = new ArrayList<>();
    public String issueText;
    public List<String> caseIds = new ArrayList<>();
    public Instant loggedAt;
    public Instant lastChangedAt;
    public long sequence = -1;

    public record Issue(
            int number,
            String summary,
            String details,
            boolean resolvedOnSite,
            String resolution,
            CaseCategory category,
            String concernedDepartmentCode,
            String caseId,
            Instant raisedAt,
            String raiseReason) {

        Issue raised(String caseId, Instant at, String reason) {
            return new Issue(
                    number,
                    summary,
                    details,
                    resolvedOnSite,
                    resolution,
                    category,
                    concernedDepartmentCode,
                    caseId,
                    at,
                    reason);
        }
    }
}
