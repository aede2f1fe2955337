package org.onetrip.oversight.discipline.ui;

import org.onetrip.cases.api.AccountabilityMeasure;

/** What the discipline office records against a department; {@code responsiblePerson} may be null. */
public record AccountabilityInput(
        String departmentCode, String responsiblePerson, AccountabilityMeasure measure, String findings) {}
