package org.onetrip.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.query.BulletinLabels;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.cases.CaseExportLabels;
import org.springframework.stereotype.Component;

/** Downloaded documents (a case export, a bulletin's CSV and printable page) speak the screens' words. */
@Component
class BundleDocumentLabels implements CaseExportLabels, BulletinLabels {

    private final I18NProvider texts;
    private final DepartmentDirectory departments;

    BundleDocumentLabels(I18NProvider texts, DepartmentDirectory departments) {
        this.texts = texts;
        this.departments = departments;
    }

    @Override
    public String departmentName(String code, Locale locale) {
        return departments.name(code, locale);
    }

    @Override
    public String departmentName(DepartmentFigures figures, Locale locale) {
        if (figures.departmentCode() == null) {
            return figures.departmentName();
        }
        return departments
                .find(figures.departmentCode())
                .map(department -> department.name(locale))
                .orElse(figures.departmentName());
    }

    @Override
    public String text(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }

    @Override
    public String text(String key, Locale locale, Object... params) {
        return texts.getTranslation(key, locale, params);
    }
}
