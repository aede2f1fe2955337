package org.onetrip.workbench.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.workbench.ui.WorkbenchUi.text;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.shared.api.Channel;
import org.onetrip.workbench.intake.Registration;
import org.onetrip.workbench.ui.WorkbenchUi;

class RegistrationFormTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Department MINZHENG =
            new Department("minzheng", "民政所", "Civil Affairs Office", DepartmentType.OFFICE, "民政");
    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    RegistrationForm form;
    List<Registration> submitted = new ArrayList<>();

    @BeforeEach
    void setUp() {
        WorkbenchUi.start(ZH);
        form = new RegistrationForm(List.of(MINZHENG));
        UI.getCurrent().add(form);
        form.addSubmitListener(event -> submitted.add(event.registration()));
    }

    @AfterEach
    void tearDown() {
        WorkbenchUi.stop();
    }

    @Test
    void an_empty_form_shows_a_message_next_to_every_required_field_and_registers_nothing() {
        _click(form.submit);

        assertThat(submitted).isEmpty();
        var required = text(ZH, "workbench.error.required");
        var choose = text(ZH, "workbench.error.choose");
        assertThat(form.channel.isInvalid()).isTrue();
        assertThat(form.channel.getErrorMessage()).isEqualTo(choose);
        assertThat(form.kind.getErrorMessage()).isEqualTo(choose);
        assertThat(form.title.getErrorMessage()).isEqualTo(required);
        assertThat(form.description.getErrorMessage()).isEqualTo(required);
        assertThat(form.contactName.isInvalid()).isFalse();
        assertThat(required).isEqualTo("此项必填。");
    }

    @Test
    void the_second_click_of_a_double_click_neither_registers_again_nor_asks_for_the_fields_just_sent() {
        fillIn("路灯坏了三个月", "村口路灯坏了三个月无人修。");
        _click(form.submit);
        form.clear();

        ComponentUtil.fireEvent(
                form.submit, new ClickEvent<>(form.submit, true, 0, 0, 0, 0, 2, 0, false, false, false, false));

        assertThat(submitted).hasSize(1);
        assertThat(form.title.isInvalid()).isFalse();
        assertThat(form.channel.isInvalid()).isFalse();
    }

    @Test
    void a_complete_form_fires_one_event_with_exactly_what_was_entered() {
        fillIn("路灯坏了三个月", "村口路灯坏了三个月无人修。");
        _setValue(form.category, CaseCategory.OVERDUE);
        _setValue(form.department, MINZHENG);
        _setValue(form.anonymous, true);
        _setValue(form.contactName, "王女士");
        _setValue(form.contactPhone, "138 0000 1111");

        _click(form.submit);

        assertThat(submitted)
                .containsExactly(new Registration(
                        Channel.HOTLINE,
                        CaseKind.COMPLAINT,
                        CaseCategory.OVERDUE,
                        "minzheng",
                        "路灯坏了三个月",
                        "村口路灯坏了三个月无人修。",
                        true,
                        "王女士",
                        "138 0000 1111",
                        ""));
    }

    @Test
    void only_the_intake_channels_are_offered_not_the_portal_or_the_system() {
        var offered = form.channel.getGenericDataView().getItems().toList();
        assertThat(offered)
                .containsExactlyInAnyOrder(
                        Channel.HOTLINE, Channel.WECHAT, Channel.QQ, Channel.WINDOW, Channel.LETTER, Channel.VISIT);
    }

    @Test
    void an_over_long_title_or_description_is_refused_with_a_message_naming_the_limit() {
        fillIn("长".repeat(201), "内".repeat(5001));

        _click(form.submit);

        assertThat(submitted).isEmpty();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage())
                .isEqualTo(text(ZH, "workbench.error.too-long", 200, 201))
                .contains("200")
                .contains("201");
        assertThat(form.description.getErrorMessage()).contains("5000").contains("5001");

        _setValue(form.title, "长".repeat(200));
        _setValue(form.description, "内".repeat(5000));
        _click(form.submit);
        assertThat(submitted).hasSize(1);
        assertThat(form.title.isInvalid()).isFalse();
    }

    @Test
    void a_phone_number_that_is_not_one_is_refused_next_to_the_phone_field() {
        fillIn("标题", "内容");
        _setValue(form.contactPhone, "call me maybe");

        _click(form.submit);

        assertThat(submitted).isEmpty();
        assertThat(form.contactPhone.getErrorMessage()).isEqualTo(text(ZH, "workbench.error.phone"));
    }

    @Test
    void script_tags_are_passed_on_as_plain_text_and_nothing_renders_html() {
        fillIn(HOSTILE, HOSTILE);

        _click(form.submit);

        assertThat(submitted).singleElement().satisfies(registration -> {
            assertThat(registration.title()).isEqualTo(HOSTILE);
            assertThat(registration.description()).isEqualTo(HOSTILE);
        });
        assertThat(_find(Html.class)).isEmpty();
    }

    @Test
    void labels_follow_the_chosen_language() {
        WorkbenchUi.stop();
        WorkbenchUi.start(Locale.ENGLISH);
        var english = new RegistrationForm(List.of(MINZHENG));
        assertThat(english.title.getLabel()).isEqualTo("Title");
        assertThat(english.department.getItemLabelGenerator().apply(MINZHENG)).isEqualTo("Civil Affairs Office");
        assertThat(form.title.getLabel()).isEqualTo("标题");
    }

    private void fillIn(String title, String description) {
        _setValue(form.channel, Channel.HOTLINE);
        _setValue(form.kind, CaseKind.COMPLAINT);
        _setValue(form.title, title);
        _setValue(form.description, description);
    }
}
