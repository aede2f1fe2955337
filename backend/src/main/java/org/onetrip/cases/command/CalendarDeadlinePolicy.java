package org.onetrip.cases.command;

import java.time.Instant;
import java.time.LocalDate;
import org.onetrip.calendar.api.Deadline;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseKind;

public class CalendarDeadlinePolicy implements DeadlinePolicy {

    private final CaseDeadlineProperties limits;
    private final WorkingDays workingDays;

    public CalendarDeadlinePolicy(CaseDeadlineProperties limits, WorkingDays workingDays) {
        this.limits = limits;
        this.workingDays = workingDays;
    }

    @Override
    public Deadline forAssignment(CaseKind kind, Instant assignedAt) {
        return workingDays.after(assignedAt, limits.limitFor(kind));
    }

    @Override
    public Deadline forRectification(Instant reopenedAt) {
        return workingDays.after(reopenedAt, limits.rectificationWorkingDays());
    }

    @Override
    public Deadline extend(LocalDate dueDate, int extraWorkingDays) {
        return workingDays.extend(dueDate, extraWorkingDays);
    }

    @Override
    public int maxExtensionWorkingDays() {
        return limits.maxExtensionWorkingDays();
    }
}
