package org.onetrip.cases.command;

import java.time.Instant;
import java.time.LocalDate;
import org.onetrip.calendar.api.Deadline;
import org.onetrip.cases.api.CaseKind;

/** The deadline rules a case is handled under: limits per kind from configuration, working-day calendar. */
public interface DeadlinePolicy {

    Deadline forAssignment(CaseKind kind, Instant assignedAt);

    Deadline forRectification(Instant reopenedAt);

    Deadline extend(LocalDate dueDate, int workingDays);

    int maxExtensionWorkingDays();
}
