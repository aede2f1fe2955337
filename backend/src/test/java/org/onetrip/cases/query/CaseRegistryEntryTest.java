package org.onetrip.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.command.CaseHistories;

/** The registry keeps three columns of a case's state; folding from them must agree with the whole fold. */
class CaseRegistryEntryTest {

    @Test
    void status_department_and_due_date_agree_with_the_full_fold_after_every_event() {
        var events = CaseHistories.eventful();
        var filed = (CaseFiledEvent) events.get(0);
        var entry = new CaseRegistryEntry(
                filed.caseId(),
                filed.receiptCode(),
                filed.kind(),
                filed.context().occurredAt());
        for (int i = 1; i < events.size(); i++) {
            entry.follow(entry.state().step(events.get(i)));
            var full = CaseState.of(events.subList(0, i + 1));
            assertThat(entry.status()).as("after event %d", i).isEqualTo(full.status());
            assertThat(entry.departmentCode()).as("after event %d", i).isEqualTo(full.departmentCode());
            assertThat(entry.dueDate()).as("after event %d", i).isEqualTo(full.dueDate());
        }
        assertThat(entry.status()).isEqualTo(CaseState.of(events).status());
    }
}
