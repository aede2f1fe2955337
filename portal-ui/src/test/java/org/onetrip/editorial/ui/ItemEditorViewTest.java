package org.onetrip.editorial.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.api.FieldChange;
import org.onetrip.editorial.Editorial;
import org.onetrip.i18n.BundleI18NProvider;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Actor;

class ItemEditorViewTest {

    private final Editorial editorial = mock(Editorial.class);

    private ItemEditorView view(Locale locale) {
        System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
        MockVaadin.setup(new Routes());
        UI.getCurrent().setLocale(locale);
        var principal = mock(StaffPrincipal.class);
        when(principal.actor()).thenReturn(Actor.SYSTEM);
        var authentication = mock(AuthenticationContext.class);
        when(authentication.getAuthenticatedUser(StaffPrincipal.class)).thenReturn(Optional.of(principal));
        when(editorial.departmentName("minzheng", locale))
                .thenReturn(locale.getLanguage().equals("zh") ? "民政办" : "Civil Affairs Office");
        when(editorial.departmentName("renshe", locale))
                .thenReturn(locale.getLanguage().equals("zh") ? "人社所" : "Human Resources Office");
        return new ItemEditorView(editorial, authentication);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    static final List<FieldChange> CHANGES = List.of(
            new FieldChange("departmentCode", "minzheng", "renshe", null, null),
            new FieldChange("hallZone", "MINZHENG", "RENSHE", null, null),
            new FieldChange("classification", "AT_MOST_ONE_TRIP", "ZERO_VISITS", null, null),
            new FieldChange("processSteps (order)", "审核 → 申请", "申请 → 审核", null, null),
            new FieldChange("howToApply.window", "false", "true", null, null),
            new FieldChange("howToApply.online", "true", "false", null, null),
            new FieldChange("howToApply.postalDelivery", "false", "true", null, null));

    @Test
    void the_editors_history_names_departments_zones_and_fields_and_says_shi_or_fou() {
        var view = view(Locale.SIMPLIFIED_CHINESE);

        assertThat(CHANGES.stream().map(view::describe))
                .containsExactly(
                        "责任单位：由“民政办”改为“人社所”",
                        "办事大厅分区：由“民政专区”改为“人社专区”",
                        "类别：由“最多跑一次”改为“零上门”",
                        "办理流程（顺序调整）：由“审核 → 申请”改为“申请 → 审核”",
                        "窗口办理：由“否”改为“是”",
                        "网上办理：由“是”改为“否”",
                        "邮寄送达：由“否”改为“是”");
    }

    @Test
    void the_editors_history_in_english_says_yes_or_no_and_shows_no_field_key_or_code() {
        var view = view(Locale.ENGLISH);

        var lines = CHANGES.stream().map(view::describe).toList();

        assertThat(lines)
                .contains(
                        "Department: from “Civil Affairs Office” to “Human Resources Office”",
                        "Hall zone: from “Civil affairs zone” to “Human resources and social security zone”",
                        "Process steps (order changed): from “审核 → 申请” to “申请 → 审核”",
                        "Window application: from “No” to “Yes”",
                        "Postal delivery: from “No” to “Yes”");
        assertThat(String.join("\n", lines))
                .doesNotContain(
                        "howToApply",
                        "minzheng",
                        "MINZHENG",
                        "ZERO_VISITS",
                        "true",
                        "false",
                        "(order)",
                        "Other content");
    }
}
