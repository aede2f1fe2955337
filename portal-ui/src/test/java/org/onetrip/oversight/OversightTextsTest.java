package org.onetrip.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onetrip.calendar.api.CalendarRefusalReason;
import org.onetrip.cases.api.AccountabilityMeasure;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.i18n.BundleI18NProvider;
import org.onetrip.integrity.api.ReceiptKeyRotationRefusalReason;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.projections.buckpassing.BuckPassingRule;

class OversightTextsTest {

    private final BundleI18NProvider provider = new BundleI18NProvider();
    private final Map<String, String> chinese = provider.texts("zh");
    private final Map<String, String> english = provider.texts("en");

    @Test
    void every_buck_passing_rule_has_a_label_in_chinese_and_in_english() {
        for (var rule : BuckPassingRule.values()) {
            assertThat(chinese).as("zh " + rule).containsKey("oversight.rule." + rule.name());
            assertThat(english).as("en " + rule).containsKey("oversight.rule." + rule.name());
        }
        assertThat(chinese.get("oversight.rule.PING_PONG")).isNotEqualTo(english.get("oversight.rule.PING_PONG"));
    }

    @Test
    void every_rule_a_case_can_be_flagged_for_words_its_reason_in_chinese_and_in_english() {
        for (var rule : BuckPassingRule.values()) {
            if (rule == BuckPassingRule.RECURRING_MORE_THAN_ONE_TRIP) {
                continue; // a finding about a service item, not a flag on a case
            }
            assertThat(chinese).as("zh " + rule).containsKey("oversight.flag." + rule.name());
            assertThat(english).as("en " + rule).containsKey("oversight.flag." + rule.name());
        }
        assertThat(chinese).containsKey("oversight.flag.OVERDUE_WITHOUT_EXTENSION.extended");
        assertThat(english).containsKey("oversight.flag.OVERDUE_WITHOUT_EXTENSION.extended");
    }

    @Test
    void every_refusal_reason_accountability_measure_and_case_kind_has_a_label_in_both_languages() {
        var keys = new TreeSet<String>();
        Stream.of(RefusalReason.values()).forEach(r -> keys.add("oversight.refusal." + r.name()));
        Stream.of(AccountabilityMeasure.values()).forEach(m -> keys.add("oversight.measure." + m.name()));
        Stream.of(CaseKind.values()).forEach(k -> keys.add("oversight.kind." + k.name()));
        assertThat(chinese.keySet()).containsAll(keys);
        assertThat(english.keySet()).containsAll(keys);
    }

    @Test
    void every_rule_that_refuses_a_calendar_is_worded_in_both_languages_with_the_day_where_it_has_one() {
        var withDay = Set.of(
                CalendarRefusalReason.HOLIDAY_TWICE,
                CalendarRefusalReason.MAKE_UP_DAY_TWICE,
                CalendarRefusalReason.HOLIDAY_AND_MAKE_UP_DAY,
                CalendarRefusalReason.MAKE_UP_DAY_NOT_WEEKEND,
                CalendarRefusalReason.OUTSIDE_YEAR);
        for (var texts : List.of(chinese, english)) {
            for (var reason : CalendarRefusalReason.values()) {
                var text = texts.get("oversight.refusal.calendar." + reason.name());
                assertThat(text).as(reason.name()).isNotBlank();
                if (withDay.contains(reason)) {
                    assertThat(text).as(reason + " names the day").contains("{0}");
                } else {
                    assertThat(text).as(reason + " is shown without values").doesNotContain("{");
                }
            }
        }
    }

    @Test
    void every_rule_that_refuses_a_key_rotation_is_worded_in_both_languages() {
        for (var texts : List.of(chinese, english)) {
            for (var reason : ReceiptKeyRotationRefusalReason.values()) {
                assertThat(texts.get("oversight.admin.keys.rotation-refused." + reason.name()))
                        .as(reason.name())
                        .isNotBlank()
                        .doesNotContain("{");
            }
        }
    }

    @Test
    void every_department_type_has_a_label_in_both_languages() {
        for (var type : DepartmentType.values()) {
            assertThat(chinese).as("zh " + type).containsKey("oversight.admin.departments.type." + type.name());
            assertThat(english).as("en " + type).containsKey("oversight.admin.departments.type." + type.name());
        }
    }

    @Test
    void every_oversight_text_key_written_in_the_code_exists_in_both_languages() throws IOException {
        var literal = Pattern.compile("\"(oversight\\.[a-zA-Z0-9.-]*[a-zA-Z0-9])\"");
        var used = new TreeSet<String>();
        try (var files = Files.walk(Path.of("src/main/java/org/onetrip/oversight"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(chinese.keySet()).containsAll(used);
        assertThat(english.keySet()).containsAll(used);
    }

    @Test
    void the_oversight_bundle_keeps_to_its_own_prefix() throws IOException {
        for (var name : new String[] {"oversight_zh_CN.properties", "oversight_en.properties"}) {
            var properties = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + name)) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(properties.stringPropertyNames()).isNotEmpty().allMatch(key -> key.startsWith("oversight."));
        }
    }
}
