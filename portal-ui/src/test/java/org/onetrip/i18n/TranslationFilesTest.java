package org.onetrip.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.onetrip.agency.api.AgencyRefusalReason;
import org.onetrip.appointments.api.AppointmentRefusalReason;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.enterprise.api.EnterpriseRefusalReason;
import org.onetrip.grid.api.GridRefusalReason;
import org.onetrip.shared.api.Role;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class TranslationFilesTest {

    @Test
    void every_chinese_text_file_has_an_english_twin_with_exactly_the_same_keys() throws IOException {
        var chinese = resources("classpath*:vaadin-i18n/*_zh_CN.properties");
        assertThat(chinese).isNotEmpty();
        for (var zh : chinese) {
            var twin = zh.createRelative(zh.getFilename().replace("_zh_CN.properties", "_en.properties"));
            assertThat(twin.exists()).as("English twin of " + zh.getFilename()).isTrue();
            assertThat(new TreeSet<>(load(twin).stringPropertyNames()))
                    .as(zh.getFilename())
                    .isEqualTo(new TreeSet<>(load(zh).stringPropertyNames()));
        }
        assertThat(resources("classpath*:vaadin-i18n/*_en.properties")).hasSameSizeAs(chinese);
    }

    @Test
    void no_text_is_blank_and_the_provider_speaks_chinese_unless_asked_for_english() throws IOException {
        for (var file : resources("classpath*:vaadin-i18n/*.properties")) {
            load(file)
                    .forEach((key, value) -> assertThat(value.toString())
                            .as(file.getFilename() + " " + key)
                            .isNotBlank());
        }
        var provider = new BundleI18NProvider();
        assertThat(provider.getTranslation("app.title", Locale.SIMPLIFIED_CHINESE))
                .contains("最多跑一次");
        assertThat(provider.getTranslation("app.title", Locale.GERMAN)).contains("最多跑一次");
        assertThat(provider.getTranslation("app.title", Locale.ENGLISH)).contains("At Most One Trip");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void every_case_status_and_staff_role_has_a_label() {
        var texts = new BundleI18NProvider().texts("en");
        for (var status : CaseStatus.values()) {
            assertThat(texts).containsKey("status." + status.name());
        }
        for (var role : Role.values()) {
            if (role.isStaff() && role != Role.SYSTEM) {
                assertThat(texts).containsKey("role." + role.name());
            }
        }
    }

    @Test
    void every_reason_a_screen_can_be_refused_for_has_a_sentence() {
        var texts = new BundleI18NProvider().texts("zh");
        var missing = new TreeSet<String>();
        for (var reason : RefusalReason.values()) {
            expect(texts, missing, "workbench.refused." + reason.name());
        }
        // the liaison screens run grid, enterprise and case commands
        for (var reason : GridRefusalReason.values()) {
            expect(texts, missing, "liaison.refused." + reason.name());
        }
        for (var reason : EnterpriseRefusalReason.values()) {
            expect(texts, missing, "liaison.refused." + reason.name());
        }
        for (var reason : AgencyRefusalReason.values()) {
            expect(texts, missing, "services.refused." + reason.name());
        }
        for (var reason : AppointmentRefusalReason.values()) {
            expect(texts, missing, "services.refused." + reason.name());
        }
        assertThat(missing).isEmpty();
    }

    private static void expect(Map<String, String> texts, Set<String> missing, String key) {
        if (!texts.containsKey(key)) {
            missing.add(key);
        }
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources(pattern);
    }

    private static Properties load(Resource resource) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
