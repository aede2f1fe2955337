package org.onetrip.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseStatus;

class TranslationFilesTest {

    private static final String[] FILES = {"translations.properties", "translations_zh_CN.properties",
            "translations_en.properties"};

    @Test
    void every_locale_file_has_the_same_keys() throws IOException {
        var reference = keys(FILES[0]);
        for (var file : FILES) {
            assertThat(keys(file)).as(file).isEqualTo(reference);
        }
    }

    @Test
    void no_translation_is_blank_and_chinese_is_the_default() throws IOException {
        for (var file : FILES) {
            var properties = load(file);
            properties.forEach((key, value) -> assertThat(value.toString()).as(file + " " + key).isNotBlank());
        }
        assertThat(load("translations.properties")).isEqualTo(load("translations_zh_CN.properties"));
        assertThat(load("translations_zh_CN.properties").getProperty("app.title")).contains("最多跑一次");
    }

    @Test
    void every_case_status_has_a_label() throws IOException {
        var keys = keys("translations_en.properties");
        for (var status : CaseStatus.values()) {
            assertThat(keys).contains("status." + status.name());
        }
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (var in = TranslationFilesTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
