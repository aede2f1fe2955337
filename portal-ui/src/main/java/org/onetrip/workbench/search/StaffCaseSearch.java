package org.onetrip.workbench.search;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.cases.CaseExportCsv;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchRequest;
import org.onetrip.projections.cases.CaseSearchResponse;
import org.onetrip.projections.cases.ReceiptCodeLookup;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.shared.api.Role;
import org.onetrip.workbench.WorkbenchCommands;
import org.onetrip.workbench.WorkbenchRefusal;
import org.springframework.stereotype.Service;

/**
 * The staff case search screen's service: the same search and export as {@code /api/staff/search/cases}
 * and its CSV, run as the signed-in staff member (a handler over their own department only), and where
 * each role reads a case it found.
 */
@Service
public class StaffCaseSearch {

    public static final Set<Role> ROLES = Set.of(Role.INTAKE, Role.HANDLER, Role.DISCIPLINE, Role.AUDITOR);

    private final WorkbenchCommands commands;
    private final CaseSearch search;
    private final CaseExportCsv export;
    private final DepartmentDirectory departments;
    private final ReceiptCodeLookup receiptCodes;

    public StaffCaseSearch(
            WorkbenchCommands commands,
            CaseSearch search,
            CaseExportCsv export,
            DepartmentDirectory departments,
            ReceiptCodeLookup receiptCodes) {
        this.commands = commands;
        this.receiptCodes = receiptCodes;
        this.search = search;
        this.export = export;
        this.departments = departments;
    }

    public CaseSearchResponse search(CaseSearchRequest request) {
        var reader = reader();
        if (ReceiptCode.parse(request.q()).isPresent()) {
            return search.oneCase(receiptCodes.readableCaseId(request.q(), reader), request);
        }
        try {
            return search.search(request.readBy(reader));
        } catch (InvalidSearchException invalid) {
            throw new WorkbenchRefusal(WorkbenchRefusal.INVALID, invalid.getMessage());
        }
    }

    public void export(CaseSearchRequest request, Locale locale, OutputStream out) {
        var reader = reader();
        try {
            search.search(request.readBy(reader).page(0));
        } catch (InvalidSearchException invalid) {
            throw new WorkbenchRefusal(WorkbenchRefusal.INVALID, invalid.getMessage());
        }
        export.write(request, reader, locale, out);
    }

    /** The department filter's choices: a handler has only their own. */
    public List<Department> departments() {
        var reader = reader();
        return reader.role() == Role.HANDLER
                ? departments.find(reader.departmentCode()).stream().toList()
                : departments.all();
    }

    public String departmentName(String code, Locale locale) {
        return departments.name(code, locale);
    }

    public boolean ownDepartmentOnly() {
        return reader().role() == Role.HANDLER;
    }

    /** Where the signed-in role reads the case: its own case page, the intake desk with the case selected. */
    public Optional<String> casePage(String caseId) {
        return switch (reader().role()) {
            case INTAKE -> Optional.of("intake?case=" + caseId);
            case HANDLER -> Optional.of("inbox/case/" + caseId);
            case DISCIPLINE -> Optional.of("discipline/case/" + caseId);
            case AUDITOR -> Optional.of("audit?case=" + caseId);
            default -> Optional.empty();
        };
    }

    private org.onetrip.shared.api.Actor reader() {
        var staff = commands.signedIn();
        if (!ROLES.contains(staff.actor().role())) {
            throw new WorkbenchRefusal(WorkbenchRefusal.ACCESS_DENIED, "");
        }
        return staff.actor();
    }
}
