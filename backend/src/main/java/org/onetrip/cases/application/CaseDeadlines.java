package org.onetrip.cases.application;

import java.time.LocalDate;
import java.util.TreeMap;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.DeadlineRules;
import org.onetrip.cases.command.CaseDeadlineProperties;
import org.springframework.stereotype.Service;

/** The deadline rules in force (configuration {@code onetrip.deadlines.*}), for forms, pages and the administrator. */
@Service
public class CaseDeadlines {

    private final CaseDeadlineProperties properties;
    private final WorkingDays workingDays;

    CaseDeadlines(CaseDeadlineProperties properties, WorkingDays workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    public DeadlineRules rules() {
        return new DeadlineRules(
                new TreeMap<>(properties.workingDays()),
                properties.rectificationWorkingDays(),
                properties.maxExtensionWorkingDays());
    }

    /** How many working days a case of this kind is given from assignment. */
    public int workingDays(CaseKind kind) {
        return properties.limitFor(kind);
    }

    /** The most working days one extension may add; the case refuses more. */
    public int maxExtensionWorkingDays() {
        return properties.maxExtensionWorkingDays();
    }

    /** The due date an extension would give on today's calendar; the case computes the real one when approved. */
    public LocalDate extended(LocalDate dueDate, int extraWorkingDays) {
        return workingDays.extend(dueDate, extraWorkingDays).dueDate();
    }

    /**
     * Working days from {@code today} to the due date on today's calendar: 0 when due today, negative
     * when overdue (the working days since), so a page can say "3 working days left" or "2 overdue".
     */
    public int workingDaysLeft(LocalDate dueDate, LocalDate today) {
        if (dueDate.isBefore(today)) {
            return -workingDays.workingDaysBetween(dueDate, today);
        }
        return workingDays.workingDaysBetween(today, dueDate);
    }
}
