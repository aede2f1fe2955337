package org.onetrip.workbench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.i18n.BundleI18NProvider;
import org.onetrip.projections.cases.CategoryNames;

/** The search index knows each category by every name the screens give it, in both languages. */
class CategoryNamesMatchTheBundlesTest {

    @Test
    void every_label_a_screen_shows_for_a_category_finds_its_cases() {
        var texts = new BundleI18NProvider();
        for (var category : CaseCategory.values()) {
            for (var locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                for (var prefix : new String[] {"workbench.category.", "public.category."}) {
                    var label = texts.getTranslation(prefix + category.name(), locale);
                    assertThat(CategoryNames.of(category))
                            .as(prefix + category + " in " + locale)
                            .contains(label);
                }
            }
        }
    }
}
