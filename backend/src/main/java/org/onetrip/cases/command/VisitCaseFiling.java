package org.onetrip.cases.command;

import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.shared.persistence.TimeOrderedIds;

/**
 * Files a case from inside another aggregate's command handler (a grid or an enterprise that found
 * it on a visit), in the same unit of work: the visit and its cases are stored together or not at
 * all. The case applies its own filing rules, exactly as when the command comes over the bus.
 */
public class VisitCaseFiling {

    private final EventContexts contexts;
    private final DepartmentDirectory departments;
    private final ContactVault vault;
    private final Supplier<String> caseIds;
    private final Supplier<ReceiptCode> receiptCodes;

    public VisitCaseFiling(
            EventContexts contexts,
            DepartmentDirectory departments,
            ContactVault vault,
            Supplier<String> caseIds,
            Supplier<ReceiptCode> receiptCodes) {
        this.contexts = contexts;
        this.departments = departments;
        this.vault = vault;
        this.caseIds = caseIds;
        this.receiptCodes = receiptCodes;
    }

    public static VisitCaseFiling random(EventContexts contexts, DepartmentDirectory departments, ContactVault vault) {
        return new VisitCaseFiling(contexts, departments, vault, TimeOrderedIds::next, ReceiptCode::generate);
    }

    public String newCaseId() {
        return caseIds.get();
    }

    public ReceiptCode newReceiptCode() {
        return receiptCodes.get();
    }

    /** Must be called from a command handler of an aggregate; the case is created alongside it. */
    public void file(FileCaseCommand command) {
        try {
            AggregateLifecycle.createNew(Case.class, () -> new Case(command, contexts, departments, vault));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the case could not be created", e);
        }
    }
}
