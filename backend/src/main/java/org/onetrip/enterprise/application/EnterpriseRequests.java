package org.onetrip.enterprise.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.cases.application.CaseHandling;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.cases.query.CaseRegistryEntry;
import org.onetrip.cases.query.CaseRegistryRepository;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.InvalidCommandException;
import org.springframework.stereotype.Service;

/**
 * 分类集中解决: the desk assigns (交办) the enterprise requests of one kind together, to the department that
 * can solve them as one, with one instruction. Each request is still its own case: it is accepted if it
 * is new, then assigned with its own deadline, and each answers for itself (a refusal on one does not
 * stop the others).
 */
@Service
public class EnterpriseRequests {

    /** More at once than a desk would sensibly hand over in one go. */
    public static final int MAX_TOGETHER = 100;

    private final CaseHandling cases;
    private final CaseRegistryRepository registry;
    private final DepartmentDirectory departments;

    public EnterpriseRequests(CaseHandling cases, CaseRegistryRepository registry, DepartmentDirectory departments) {
        this.cases = cases;
        this.registry = registry;
        this.departments = departments;
    }

    /** What became of one request: the case's own outcome of its acceptance (if refused) or assignment. */
    public record Assigned(String caseId, CaseOutcome<CaseRefResponse> outcome) {

        public boolean done() {
            return outcome.isDone();
        }
    }

    public List<Assigned> assignTogether(
            Actor actor, List<String> caseIds, String departmentCode, String instructions) {
        if (caseIds == null || caseIds.isEmpty() || caseIds.size() > MAX_TOGETHER) {
            throw new InvalidCommandException("caseIds", "1 to " + MAX_TOGETHER + " requests at once");
        }
        if (caseIds.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > CaseLimits.CODE)) {
            throw new InvalidCommandException("caseIds", "each case id is 1 to " + CaseLimits.CODE + " characters");
        }
        if (departmentCode == null || departmentCode.isBlank()) {
            throw new InvalidCommandException("departmentCode", "departmentCode is required");
        }
        if (departmentCode.length() > CaseLimits.CODE) {
            throw new InvalidCommandException(
                    "departmentCode", "departmentCode is at most " + CaseLimits.CODE + " characters");
        }
        // each case would refuse an unknown department only after it had been accepted
        if (!departments.exists(departmentCode)) {
            throw new InvalidCommandException("departmentCode", "unknown department: " + departmentCode);
        }
        var results = new ArrayList<Assigned>();
        for (var caseId : caseIds.stream().distinct().toList()) {
            var ref = ref(caseId);
            if (ref.isEmpty()) {
                results.add(new Assigned(
                        caseId,
                        new CaseOutcome.Refused<>(RefusalReason.WRONG_STATE, "no enterprise request " + caseId)));
                continue;
            }
            if (ref.get().status() == CaseStatus.FILED) {
                var accepted = cases.accept(caseId, actor, instructions, null);
                if (!accepted.isDone()) {
                    results.add(new Assigned(caseId, accepted));
                    continue;
                }
            }
            results.add(new Assigned(caseId, cases.assign(caseId, actor, departmentCode, instructions, null, null)));
        }
        return results;
    }

    /** Only enterprise requests are handed over this way; the registry knows each case's kind and status. */
    private Optional<CaseRegistryEntry> ref(String caseId) {
        return registry.findById(caseId).filter(entry -> entry.kind() == CaseKind.ENTERPRISE_REQUEST);
    }
}
