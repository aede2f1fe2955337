package org.onetrip.shared.web;

import java.util.Locale;

/** The language a downloaded document is written in, from a {@code lang} request parameter: English or Chinese. */
public final class DocumentLanguage {

    private DocumentLanguage() {}

    /** English for any English tag ({@code en}, {@code en-GB}); Chinese, the portal's own, for anything else. */
    public static Locale of(String lang) {
        return lang != null && Locale.forLanguageTag(lang).getLanguage().equals("en")
                ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }
}
