package org.onetrip.publicportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.cases.application.NewCase;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.api.DepartmentType;

class FilingFormTest {

    static final List<Department> DEPARTMENTS = List.of(
            new Department("MINZHENG", "民政所", "Civil Affairs Office", DepartmentType.values()[0], null),
            new Department("CUNWEI", "泗店村委会", "Sidian Village Committee", DepartmentType.values()[0], null));

    private final List<NewCase> fired = new ArrayList<>();

    @AfterEach
    void tearDown() {
        PublicUi.tearDown();
    }

    private FilingForm form(Locale locale) {
        PublicUi.setup(locale);
        var form = new FilingForm(DEPARTMENTS, List.of());
        form.addSubmitListener(event -> fired.add(event.request()));
        return form;
    }

    @Test
    void an_empty_form_shows_required_messages_next_to_title_and_description_and_files_nothing() {
        var form = form(Locale.ENGLISH);
        form.submit.click();

        assertThat(fired).isEmpty();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Please enter a title");
        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.description.getErrorMessage()).isEqualTo("Please describe the matter");
        assertThat(form.phone.isInvalid()).isFalse();
    }

    @Test
    void messages_are_chinese_unless_english_was_chosen() {
        var form = form(Locale.SIMPLIFIED_CHINESE);
        form.submit();

        assertThat(form.title.getErrorMessage()).isEqualTo("请填写标题");
        assertThat(form.department.getItemLabelGenerator().apply(DEPARTMENTS.get(0)))
                .isEqualTo("民政所");
    }

    @Test
    void departments_are_listed_by_their_english_names_in_english() {
        var form = form(Locale.ENGLISH);
        assertThat(form.department.getItemLabelGenerator().apply(DEPARTMENTS.get(0)))
                .isEqualTo("Civil Affairs Office");
        assertThat(form.kind.getItemLabelGenerator().apply(CaseKind.COMPLAINT)).isEqualTo("Complaint");
    }

    @Test
    void a_title_or_description_of_spaces_alone_is_asked_for_at_the_field_and_files_nothing() {
        var form = form(Locale.ENGLISH);
        form.title.setValue("   ");
        form.description.setValue(" \n ");

        assertThat(form.submit()).isFalse();
        assertThat(fired).isEmpty();
        assertThat(form.title.getErrorMessage()).isEqualTo("Please enter a title");
        assertThat(form.description.getErrorMessage()).isEqualTo("Please describe the matter");
    }

    @Test
    void an_over_long_title_and_description_are_refused_with_a_message_at_the_field() {
        var form = form(Locale.ENGLISH);
        form.title.setValue("t".repeat(CaseLimits.TITLE + 1));
        form.description.setValue("d".repeat(CaseLimits.DESCRIPTION + 1));

        assertThat(form.submit()).isFalse();
        assertThat(fired).isEmpty();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("At most 200 characters");
        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.description.getErrorMessage()).isEqualTo("At most 5000 characters");
    }

    @Test
    void the_longest_allowed_title_and_description_pass() {
        var form = form(Locale.ENGLISH);
        form.title.setValue("t".repeat(CaseLimits.TITLE));
        form.description.setValue("d".repeat(CaseLimits.DESCRIPTION));

        assertThat(form.submit()).isTrue();
        assertThat(fired).hasSize(1);
    }

    @Test
    void a_malformed_phone_and_email_each_get_their_own_message() {
        var form = form(Locale.ENGLISH);
        form.title.setValue("Licence office closed");
        form.description.setValue("Nobody there on Tuesday.");
        form.phone.setValue("call me");
        form.email.setValue("not-an-address");

        assertThat(form.submit()).isFalse();
        assertThat(fired).isEmpty();
        assertThat(form.phone.getErrorMessage()).contains("5 to 20 digits");
        assertThat(form.email.getErrorMessage()).isEqualTo("Please enter a valid email address");
        assertThat(form.title.isInvalid()).isFalse();
    }

    @Test
    void a_valid_form_fires_the_request_the_rest_api_would_take() {
        var form = form(Locale.ENGLISH);
        form.kind.setValue(CaseKind.REPORT);
        form.category.setValue(CaseCategory.BUCK_PASSING);
        form.department.setValue(DEPARTMENTS.get(1));
        form.title.setValue("  Sent back and forth  ");
        form.description.setValue("Three visits, three answers.");
        form.anonymous.setValue(true);
        form.phone.setValue("0537-1234567");
        form.email.setValue("a@example.cn");

        assertThat(form.submit()).isTrue();
        assertThat(fired).singleElement().satisfies(request -> {
            assertThat(request.kind()).isEqualTo(CaseKind.REPORT);
            assertThat(request.category()).isEqualTo(CaseCategory.BUCK_PASSING);
            assertThat(request.departmentCode()).isEqualTo("CUNWEI");
            assertThat(request.title()).isEqualTo("Sent back and forth");
            assertThat(request.anonymous()).isTrue();
            assertThat(request.contactPhone()).isEqualTo("0537-1234567");
            assertThat(request.contactEmail()).isEqualTo("a@example.cn");
            assertThat(request.contactName()).isNull();
        });
    }

    @Test
    void script_tags_typed_into_the_form_are_carried_as_plain_text() {
        var form = form(Locale.ENGLISH);
        var hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        form.title.setValue(hostile);
        form.description.setValue(hostile);

        assertThat(form.submit()).isTrue();
        assertThat(fired.get(0).title()).isEqualTo(hostile);
        assertThat(PublicUi.hasElement(form.getElement(), "script", "img")).isFalse();
    }

    @Test
    void the_description_counter_shows_the_characters_used_of_the_limit() {
        var form = form(Locale.ENGLISH);
        assertThat(form.description.getHelperText()).isEqualTo("0 / 5000 characters");
        form.description.setValue("12345");
        assertThat(form.description.getHelperText()).isEqualTo("5 / 5000 characters");
        assertThat(form.description.getMaxLength()).isEqualTo(5000);
    }

    @Test
    void the_title_tells_the_filer_it_will_be_published_and_what_to_keep_out_of_it() {
        assertThat(form(Locale.ENGLISH).title.getHelperText())
                .contains("published")
                .contains("keep names and addresses out");
        assertThat(form(Locale.SIMPLIFIED_CHINESE).title.getHelperText())
                .contains("办理结果公开")
                .contains("请不要在标题里写姓名和住址");
    }
}
