package org.onetrip.projections.cases;

import java.util.Locale;

/**
 * The words a case export is written in, from the portal's translation bundles (the read side has none of
 * its own). Keys asked for: {@code search.export.column.<column>}, {@code status.<CaseStatus>},
 * {@code workbench.kind.<CaseKind>}, {@code workbench.category.<CaseCategory>},
 * {@code workbench.channel.<Channel>}, {@code workbench.deadline.<DeadlineStatus>} and
 * {@code public.rating.<Rating>}. Department names come from the portal too (the read side may not
 * depend on the organisation directory).
 */
public interface CaseExportLabels {

    String text(String key, Locale locale);

    String departmentName(String code, Locale locale);
}
