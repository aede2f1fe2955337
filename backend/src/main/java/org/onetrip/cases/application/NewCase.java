package org.onetrip.cases.application;

import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;

/**
 * A case as someone files it, from the portal's form, the intake desk or the REST API. Optional texts may
 * be blank; {@code departmentCode} is the department the case concerns, if the filer names one.
 */
public record NewCase(
        CaseKind kind,
        CaseCategory category,
        String title,
        String description,
        String serviceItemCode,
        String departmentCode,
        boolean anonymous,
        String contactName,
        String contactPhone,
        String contactEmail) {}
