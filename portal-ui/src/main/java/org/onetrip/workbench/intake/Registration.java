package org.onetrip.workbench.intake;

import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.shared.api.Channel;

/** What the intake clerk typed in for a case that arrived by hotline, WeChat, QQ, window, letter or visit. */
public record Registration(
        Channel channel,
        CaseKind kind,
        CaseCategory category,
        String departmentCode,
        String title,
        String description,
        boolean anonymous,
        String contactName,
        String contactPhone,
        String contactEmail) {}
