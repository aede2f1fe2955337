package org.onetrip.projections.liaison;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.enterprise.api.EnterpriseSector;

/** One entry of an enterprise's work ledger (工作台账): the visit, the problems raised and their requests. */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public class EnterpriseVisitDocument {

    public String visitId;
    public String enterpriseId;
    public String enterpriseName;
    public EnterpriseSector sector;
    public String park;
    public String liaisonPersonId;
    public String liaisonName;
    public String liaisonDepartmentCode;
    public LocalDate visitedOn;
    public String month;
    public String participants;
    public String situation;
    public List<Issue> issues = new ArrayList<>();
    public String issueText;
    public List<String> caseIds = new ArrayList<>();
    public List<EnterpriseIssueType> issueTypes = new ArrayList<>();
    public Instant loggedAt;
    public Instant lastChangedAt;
    public long sequence = -1;

    public record Issue(
            int number,
            EnterpriseIssueType type,
            String summary,
            String details,
            boolean resolvedOnSite,
            String resolution,
            String caseId) {

        Issue raised(String caseId) {
            return new Issue(number, type, summary, details, resolvedOnSite, resolution, caseId);
        }
    }
}
