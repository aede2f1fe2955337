package org.onetrip.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text of the portal, from all {@code vaadin-i18n/*_zh_CN.properties} and {@code *_en.properties}
 * files, one file pair per feature so features do not edit each other's texts. Chinese is the
 * fallback; a missing key shows as {@code !key!} and is logged.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(BundleI18NProvider.class);

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    public BundleI18NProvider() {
        byLanguage.put("zh", load("classpath*:vaadin-i18n/*_zh_CN.properties"));
        byLanguage.put("en", load("classpath*:vaadin-i18n/*_en.properties"));
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return PortalLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh";
        var text = byLanguage.get(language).get(key);
        if (text == null) {
            log.warn("no {} text for key {}", language, key);
            return "!" + key + "!";
        }
        return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
    }

    public Map<String, String> texts(String language) {
        return Map.copyOf(byLanguage.get(language));
    }

    private static Map<String, String> load(String pattern) {
        var texts = new HashMap<String, String>();
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                var properties = new Properties();
                try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
                for (var key : properties.stringPropertyNames()) {
                    if (texts.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("text key " + key + " is defined twice (" + resource + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
