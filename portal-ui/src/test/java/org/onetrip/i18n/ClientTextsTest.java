package org.onetrip.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClientTextsTest {

    final ClientTexts texts = new ClientTexts(new BundleI18NProvider());

    @Test
    void the_browsers_own_notices_speak_chinese_and_english_as_the_visitor_chose() {
        var chinese = texts.systemMessages(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.getInternalErrorCaption()).isEqualTo("系统出错");
        assertThat(chinese.getInternalErrorMessage()).contains("Esc");
        assertThat(chinese.getCookiesDisabledMessage()).contains("Cookie").contains("启用");

        var english = texts.systemMessages(Locale.ENGLISH);
        assertThat(english.getInternalErrorCaption()).isEqualTo("Internal error");
        assertThat(english.getCookiesDisabledCaption()).isEqualTo("Cookies are disabled");
    }
}
