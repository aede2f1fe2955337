package org.onetrip.disclosure.query;

import java.util.Locale;
import org.onetrip.disclosure.api.DepartmentFigures;

/**
 * The words a bulletin's CSV and printable page are written in, from the portal's translation bundles (the
 * backend has none of its own), so the download speaks the reader's language as the screen does. Keys asked
 * for are {@code public.bulletin.*}.
 */
public interface BulletinLabels {

    String text(String key, Locale locale, Object... params);

    /** The department's name in {@code locale}; the name it had when published if it is no longer known. */
    String departmentName(DepartmentFigures figures, Locale locale);
}
