package org.onetrip.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.cases.CaseExportLabels;
import org.springframework.stereotype.Component;

/** A case export speaks the portal's words: the same bundles as the screens. */
@Component
class BundleCaseExportLabels implements CaseExportLabels {

    private final I18NProvider texts;
    private final DepartmentDirectory departments;

    BundleCaseExportLabels(I18NProvider texts, DepartmentDirectory departments) {
        this.texts = texts;
        this.departments = departments;
    }

    @Override
    public String departmentName(String code, Locale locale) {
        return departments.name(code, locale);
    }

    @Override
    public String text(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }
}
