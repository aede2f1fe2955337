package org.onetrip.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.calendar.api.CalendarRefusalReason;
import org.onetrip.calendar.api.CalendarRejectedException;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.cases.api.AccountabilityMeasure;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.i18n.BundleI18NProvider;
import org.onetrip.integrity.api.ReceiptKeyRotationRefusalReason;
import org.onetrip.integrity.api.ReceiptSigningKeyRotationRejectedException;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.oversight.admin.ui.AccountForm;
import org.onetrip.oversight.admin.ui.CalendarDraft;
import org.onetrip.oversight.admin.ui.CalendarYearForm;
import org.onetrip.oversight.admin.ui.NewAccount;
import org.onetrip.oversight.audit.ui.CaseLookupForm;
import org.onetrip.oversight.discipline.ui.AccountabilityForm;
import org.onetrip.oversight.discipline.ui.AccountabilityInput;
import org.onetrip.oversight.discipline.ui.FlaggedCaseCard;
import org.onetrip.oversight.discipline.ui.SupervisionForm;
import org.onetrip.oversight.ui.EventTimeline;
import org.onetrip.oversight.ui.Notices;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.buckpassing.BuckPassingRule;
import org.onetrip.projections.discipline.BuckPassingReport;
import org.onetrip.shared.api.Role;

/** The oversight forms and components in a mocked Vaadin session, without Spring. */
class OversightFormsTest {

    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final List<Department> DEPARTMENTS = List.of(
            new Department("minzheng", "民政所", "Civil Affairs Office", DepartmentType.OFFICE, null),
            new Department("v-sidian", "泗店村委会", "Sidian Village Committee", DepartmentType.VILLAGE, null));

    @BeforeEach
    void mockVaadin() {
        System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static <C extends Component> C attached(C component) {
        UI.getCurrent().add(component);
        return component;
    }

    @Test
    void texts_come_from_the_oversight_bundle_in_the_chosen_language() {
        var form = attached(new SupervisionForm(
                "open", "oversight.supervision.reason", "oversight.supervision.open", true, reason -> {}));
        assertThat(form.submit().getText()).isEqualTo("Open supervision");
    }

    @Test
    void an_empty_supervision_reason_is_refused_next_to_the_field_and_nothing_is_sent() {
        var sent = new ArrayList<String>();
        var form = attached(new SupervisionForm(
                "open", "oversight.supervision.reason", "oversight.supervision.open", true, sent::add));

        form.text().setValue("   ");
        form.submit().click();

        assertThat(sent).isEmpty();
        assertThat(form.text().isInvalid()).isTrue();
        assertThat(form.text().getErrorMessage()).isEqualTo("Required");
    }

    @Test
    void an_over_long_supervision_reason_is_refused_with_a_message_saying_the_limit() {
        var sent = new ArrayList<String>();
        var form = attached(new SupervisionForm(
                "open", "oversight.supervision.reason", "oversight.supervision.open", true, sent::add));

        form.text().setValue("推".repeat(SupervisionForm.MAX_TEXT + 1));
        form.submit().click();

        assertThat(sent).isEmpty();
        assertThat(form.text().isInvalid()).isTrue();
        assertThat(form.text().getErrorMessage())
                .contains("Too long")
                .contains("2,000")
                .contains("2,001");
    }

    @Test
    void a_reason_with_script_tags_is_passed_on_unchanged_as_plain_text_and_the_field_cleared() {
        var sent = new ArrayList<String>();
        var form = attached(new SupervisionForm(
                "open", "oversight.supervision.reason", "oversight.supervision.open", true, sent::add));

        form.text().setValue("  " + HOSTILE + "  ");
        form.submit().click();

        assertThat(sent).containsExactly(HOSTILE);
        assertThat(form.text().isInvalid()).isFalse();
        assertThat(form.text().getValue()).isEmpty();
    }

    @Test
    void a_conclusion_may_be_left_empty() {
        var sent = new ArrayList<String>();
        var form = attached(new SupervisionForm(
                "conclude", "oversight.supervision.conclusion", "oversight.supervision.conclude", false, sent::add));

        form.submit().click();

        assertThat(sent).hasSize(1).containsOnlyNulls();
    }

    @Test
    void accountability_needs_a_department_a_measure_and_findings() {
        var sent = new AtomicReference<AccountabilityInput>();
        var form = attached(new AccountabilityForm(DEPARTMENTS, sent::set));

        form.submit().click();

        assertThat(sent.get()).isNull();
        assertThat(form.department().isInvalid()).isTrue();
        assertThat(form.measure().isInvalid()).isTrue();
        assertThat(form.findings().isInvalid()).isTrue();
        assertThat(form.responsiblePerson().isInvalid()).isFalse();
    }

    @Test
    void accountability_refuses_an_over_long_responsible_person_and_sends_a_complete_record() {
        var sent = new AtomicReference<AccountabilityInput>();
        var form = attached(new AccountabilityForm(DEPARTMENTS, sent::set));
        form.department().setValue(DEPARTMENTS.get(0));
        form.measure().setValue(AccountabilityMeasure.ORDER_TO_RECTIFY);
        form.findings().setValue(HOSTILE);
        form.responsiblePerson().setValue("王".repeat(AccountabilityForm.MAX_PERSON + 1));

        form.submit().click();
        assertThat(sent.get()).isNull();
        assertThat(form.responsiblePerson().getErrorMessage()).contains("at most 50");

        form.responsiblePerson().setValue("王科长");
        form.submit().click();
        assertThat(sent.get())
                .isEqualTo(new AccountabilityInput("minzheng", "王科长", AccountabilityMeasure.ORDER_TO_RECTIFY, HOSTILE));
    }

    @Test
    void the_measure_list_shows_translated_labels() {
        var form = attached(new AccountabilityForm(DEPARTMENTS, input -> {}));
        assertThat(form.measure().getItemLabelGenerator().apply(AccountabilityMeasure.ADMONISHMENT_TALK))
                .isEqualTo("Admonishment talk");
    }

    @Test
    void the_audit_lookup_refuses_markup_and_over_long_input_and_passes_a_receipt_code_on() {
        var sent = new ArrayList<String>();
        var form = attached(new CaseLookupForm(sent::add));

        form.which().setValue(HOSTILE.substring(0, 30));
        form.find().click();
        assertThat(form.which().getErrorMessage()).isEqualTo("Only letters, digits, spaces and dashes");

        form.which().setValue("A".repeat(CaseLookupForm.MAX_LENGTH + 1));
        form.find().click();
        assertThat(form.which().getErrorMessage()).contains("Too long");
        assertThat(sent).isEmpty();

        form.which().setValue(" ABCD-EFGH-JKMN-PQRS-T ");
        form.find().click();
        assertThat(sent).containsExactly("ABCD-EFGH-JKMN-PQRS-T");
        assertThat(form.which().isInvalid()).isFalse();
    }

    @Test
    void a_flagged_case_with_script_tags_in_its_title_shows_them_as_text_its_rule_translated_and_no_code_or_id() {
        var flag = BuckPassingFlag.of(
                BuckPassingRule.PING_PONG,
                List.of("event-1", "event-2"),
                List.of("minzheng", "v-sidian"),
                "returned by minzheng, transferred back by v-sidian");
        var flagged = new BuckPassingReport.FlaggedCase(
                "case-1", "ABCDEFGHJKMNPQRST", HOSTILE, CaseStatus.ASSIGNED, "minzheng", 8, List.of(flag));

        var card = attached(new FlaggedCaseCard(1, flagged, code -> code.equals("minzheng") ? "Civil Affairs" : code));

        assertThat(texts(card))
                .contains(
                        HOSTILE,
                        "Ping-pong between departments",
                        " — returned by minzheng, transferred back by v-sidian");
        assertThat(String.join(" ", texts(card)))
                .contains("2 handling steps involved")
                .contains("Civil Affairs, v-sidian")
                .doesNotContain("event-1")
                .doesNotContain("case-1")
                .doesNotContain("ABCD-EFGH-JKMN-PQRS-T")
                .doesNotContain("ABCDEFGHJKMNPQRST");
        assertNoMarkupFrom(card.getElement());
    }

    @Test
    void a_flags_reason_is_worded_from_its_rule_and_parameters_in_the_readers_language_with_department_names() {
        var pingPong = BuckPassingFlag.of(
                BuckPassingRule.PING_PONG,
                List.of("e1", "e2", "e3"),
                List.of("minzheng", "v-sidian"),
                Map.of("department", "minzheng", "otherDepartment", "v-sidian"),
                "bounced minzheng → v-sidian → minzheng");
        var late = BuckPassingFlag.of(
                BuckPassingRule.OVERDUE_WITHOUT_EXTENSION,
                List.of("e9"),
                List.of("minzheng"),
                new java.util.LinkedHashMap<>(Map.of(
                        "department",
                        "minzheng",
                        "answeredOn",
                        "2026-03-24",
                        "dueDate",
                        "2026-03-20",
                        "extended",
                        "true")),
                "minzheng answered on 2026-03-24, …");
        var flagged = new BuckPassingReport.FlaggedCase(
                "case-1", "ABCDEFGHJKMNPQRST", "低保", CaseStatus.ASSIGNED, "minzheng", 8, List.of(pingPong, late));
        java.util.function.Function<String, String> names = code -> DEPARTMENTS.stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow()
                .name(UI.getCurrent().getLocale());

        var english = String.join(" ", texts(attached(new FlaggedCaseCard(1, flagged, names))));
        assertThat(english)
                .contains(" — bounced Civil Affairs Office → Sidian Village Committee → Civil Affairs Office")
                .contains(" — Civil Affairs Office answered on 2026-03-24, after the deadline of 2026-03-20 even with"
                        + " an approved extension")
                .doesNotContain("minzheng");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        var chinese = String.join(" ", texts(attached(new FlaggedCaseCard(1, flagged, names))));
        assertThat(chinese)
                .contains(" — 在 民政所 → 泗店村委会 → 民政所 之间来回推")
                .contains(" — 民政所 于 2026-03-24 答复，延期后仍超过期限 2026-03-20")
                .doesNotContain("bounced");
    }

    @Test
    void raw_event_data_with_script_tags_is_pretty_printed_as_text() throws Exception {
        var payload = new ObjectMapper()
                .readTree(
                        "{\"title\":\"" + HOSTILE.replace("\"", "\\\"")
                                + "\",\"context\":{\"actor\":{\"personId\":\"li.qing\",\"role\":\"DISCIPLINE\",\"departmentCode\":\"jiwei\"}}}");
        var timeline = attached(new EventTimeline());

        timeline.show(List.of(new CaseTimelineResponse.Entry(
                3, "evt-3", "CaseFiledEvent", Instant.parse("2026-03-02T01:02:03Z"), payload)));

        var pre = (Pre) timeline.getChildren()
                .findFirst()
                .orElseThrow()
                .getChildren()
                .filter(Pre.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(pre.getText()).contains(HOSTILE).contains("\n");
        assertThat(String.join(" ", texts(timeline)))
                .contains("CaseFiledEvent")
                .contains("2026-03-02 09:02:03")
                .contains("li.qing (DISCIPLINE, jiwei)")
                .contains("evt-3");
        assertNoMarkupFrom(timeline.getElement());
    }

    @Test
    void a_handler_account_needs_a_department_and_a_password_of_eight_characters() {
        var sent = new AtomicReference<NewAccount>();
        var form = attached(new AccountForm(DEPARTMENTS, sent::set));
        form.username().setValue("wang.li");
        form.displayName().setValue(HOSTILE);
        form.role().setValue(Role.HANDLER);
        form.password().setValue("short");

        form.create().click();
        assertThat(sent.get()).isNull();
        assertThat(form.department().isInvalid()).isTrue();
        assertThat(form.password().getErrorMessage()).isEqualTo("At least 8 characters");

        form.department().setValue(DEPARTMENTS.get(1));
        form.password().setValue("long-enough");
        form.create().click();
        assertThat(sent.get()).isEqualTo(new NewAccount("wang.li", HOSTILE, Role.HANDLER, "v-sidian", "long-enough"));
    }

    @Test
    void an_account_form_shows_a_malformed_username_an_over_long_name_and_a_missing_department_in_one_click() {
        var sent = new AtomicReference<NewAccount>();
        var form = attached(new AccountForm(DEPARTMENTS, sent::set));
        form.username().setValue("<b>Wang</b>");
        form.displayName().setValue("名".repeat(AccountForm.MAX_DISPLAY_NAME + 1));
        form.role().setValue(Role.HANDLER);
        form.password().setValue("long-enough");

        form.create().click();

        assertThat(sent.get()).isNull();
        assertThat(form.displayName().getErrorMessage()).contains("Too long");
        assertThat(form.username().getErrorMessage()).startsWith("A username is");
        assertThat(form.department().isInvalid()).isTrue();
        assertThat(form.password().isInvalid()).isFalse();

        form.username().setValue("wang.li");
        form.displayName().setValue("王力");
        form.department().setValue(DEPARTMENTS.get(1));
        form.create().click();
        assertThat(sent.get()).isEqualTo(new NewAccount("wang.li", "王力", Role.HANDLER, "v-sidian", "long-enough"));
        assertThat(form.username().isInvalid()).isFalse();
    }

    @Test
    void a_refusal_is_told_by_its_translated_reason_alone_without_the_backends_english_detail() {
        var source = attached(new Span());
        Notices.refused(
                source, new OversightRefusal("oversight.refusal.WRONG_STATE", "OPEN_SUPERVISION is not offered now"));
        Notices.refused(
                source,
                new OversightRefusal(
                        "oversight.admin.accounts.username-taken", "username: the account zhang.min exists already"));
        NotificationsKt.expectNotifications(
                "The case's current state does not allow this", "That username is already taken");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        NotificationsKt.clearNotifications();
        Notices.refused(source, new OversightRefusal("oversight.refusal.invalid", "reason: must not be blank"));
        NotificationsKt.expectNotifications("提交的内容不符合要求");
    }

    @Test
    void every_calendar_refusal_is_told_by_its_rule_and_day_in_the_clerks_language_never_by_the_english_message() {
        var source = attached(new Span());
        var day = LocalDate.of(2026, 2, 13);
        for (var locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            UI.getCurrent().setLocale(locale);
            for (var reason : CalendarRefusalReason.values()) {
                var english = "Make-up working day 2026-02-13 is a FRIDAY, " + reason;
                NotificationsKt.clearNotifications();

                Notices.refused(
                        source,
                        CommandRefusals.translate(new CommandExecutionException(
                                "failed", new CalendarRejectedException(reason, day, english))));

                assertThat(shownText())
                        .as(locale + " " + reason)
                        .isNotBlank()
                        .doesNotContain(english, "FRIDAY", reason.name(), "!oversight", "{");
            }
        }

        NotificationsKt.clearNotifications();
        Notices.refused(
                source,
                CommandRefusals.translate(new CalendarRejectedException(
                        CalendarRefusalReason.MAKE_UP_DAY_NOT_WEEKEND,
                        day,
                        "Make-up working day 2026-02-13 is a FRIDAY")));
        NotificationsKt.expectNotifications("The calendar was not published: the make-up working day 2026-02-13 is not"
                + " a Saturday or Sunday, and only a weekend day can become a working day");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        NotificationsKt.clearNotifications();
        Notices.refused(
                source,
                CommandRefusals.translate(new CalendarRejectedException(
                        CalendarRefusalReason.HOLIDAY_AND_MAKE_UP_DAY,
                        LocalDate.of(2026, 10, 10),
                        "2026-10-10 cannot be both a holiday and a make-up working day")));
        NotificationsKt.expectNotifications("日历未能发布：2026-10-10 不能既是放假日又是调休上班日");
    }

    @Test
    void every_refused_key_rotation_is_told_by_its_rule_in_the_clerks_language_never_by_the_english_message() {
        var source = attached(new Span());
        for (var locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            UI.getCurrent().setLocale(locale);
            for (var reason : ReceiptKeyRotationRefusalReason.values()) {
                var english = "the new key's generation must follow the last one (5), not 2; " + reason;
                NotificationsKt.clearNotifications();

                Notices.refused(
                        source,
                        CommandRefusals.translate(new ReceiptSigningKeyRotationRejectedException(reason, english)));

                assertThat(shownText())
                        .as(locale + " " + reason)
                        .isNotBlank()
                        .doesNotContain(english, reason.name(), "!oversight", "{");
            }
        }

        NotificationsKt.clearNotifications();
        Notices.refused(
                source,
                CommandRefusals.translate(
                        new ReceiptSigningKeyRotationRejectedException(
                                ReceiptKeyRotationRefusalReason.CONCURRENT_ROTATION,
                                "another rotation of the receipt key happened at the same moment; look at the published keys")));
        NotificationsKt.expectNotifications(
                "The key was not rotated: another rotation happened at the same moment. Reload the page to see the key"
                        + " in force");
    }

    @Test
    void a_case_changed_meanwhile_is_told_as_such_and_not_as_a_failure_without_a_reason() {
        var source = attached(new Span());
        var refusal = CommandRefusals.refusal(new CaseOutcome.Conflict<>("expected version 7 but was 8"));
        Notices.refused(source, refusal);
        NotificationsKt.expectNotifications("The case changed meanwhile; refresh and try again");
    }

    @Test
    void a_calendar_year_is_sent_with_its_holiday_ranges_expanded_day_by_day_and_its_make_up_days() {
        var sent = new AtomicReference<CalendarDraft>();
        var form = attached(new CalendarYearForm(sent::set));
        form.year().setValue(2026);
        form.addRange("劳动节", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5));
        form.addMakeUpDay(LocalDate.of(2026, 5, 9));
        form.source().setValue("国办发明电〔2025〕7号");

        form.publish().click();

        assertThat(sent.get()).isNotNull();
        assertThat(sent.get().year()).isEqualTo(2026);
        assertThat(sent.get().holidays())
                .extracting(Holiday::date)
                .containsExactly(
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 2),
                        LocalDate.of(2026, 5, 3),
                        LocalDate.of(2026, 5, 4),
                        LocalDate.of(2026, 5, 5));
        assertThat(sent.get().holidays()).extracting(Holiday::name).containsOnly("劳动节");
        assertThat(sent.get().makeUpWorkingDays()).containsExactly(LocalDate.of(2026, 5, 9));
        assertThat(sent.get().note()).isNull();
    }

    @Test
    void a_calendar_year_is_refused_without_a_source_or_with_a_range_outside_the_year_or_backwards() {
        var sent = new AtomicReference<CalendarDraft>();
        var form = attached(new CalendarYearForm(sent::set));
        form.year().setValue(2026);
        var backwards = form.addRange("国庆节", LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 1));
        var outside = form.addRange("元旦", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1));

        form.publish().click();

        assertThat(sent.get()).isNull();
        assertThat(form.source().getErrorMessage()).isEqualTo("Required");
        assertThat(backwards.to().getErrorMessage()).startsWith("The end cannot precede the start");
        assertThat(outside.to().getErrorMessage()).isEqualTo("The date is outside that year");
    }

    @Test
    void loading_a_published_year_groups_consecutive_days_of_one_festival_into_one_range() {
        var form = attached(new CalendarYearForm(draft -> {}));

        form.load(
                2026,
                List.of(
                        new Holiday(LocalDate.of(2026, 1, 1), "元旦"),
                        new Holiday(LocalDate.of(2026, 2, 16), "春节"),
                        new Holiday(LocalDate.of(2026, 2, 17), "春节"),
                        new Holiday(LocalDate.of(2026, 2, 18), "春节")),
                List.of(LocalDate.of(2026, 2, 14)));

        assertThat(form.ranges()).hasSize(2);
        assertThat(form.ranges().get(1).from().getValue()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(form.ranges().get(1).to().getValue()).isEqualTo(LocalDate.of(2026, 2, 18));
    }

    /** The one notification on screen, as the staff member reads it. */
    private static String shownText() {
        var shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        return shown.get(0).getElement().getProperty("text");
    }

    private static List<String> texts(Component root) {
        var texts = new ArrayList<String>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Component component, List<String> texts) {
        if (component instanceof Span || component instanceof Pre) {
            texts.add(component.getElement().getText());
        }
        component.getChildren().forEach(child -> collect(child, texts));
    }

    private static void assertNoMarkupFrom(Element root) {
        Stream.concat(Stream.of(root), root.getChildren().flatMap(OversightFormsTest::descendants))
                .filter(element -> !element.isTextNode())
                .forEach(element -> {
                    assertThat(element.getTag()).isNotIn("script", "img");
                    assertThat(element.getProperty("innerHTML")).isNull();
                });
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(OversightFormsTest::descendants));
    }
}
