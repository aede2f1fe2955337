package org.onetrip.shared.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API reads request bodies strictly: a field it does not know (a typo such as {@code anonymus} would otherwise
 * file a complaint meant to be anonymous under the filer's name) or a fraction for a whole number is a malformed
 * request, never dropped or rounded. A yes or no left out (or null) stays no, as the API documents. Only the web's converter: events and search documents
 * keep Jackson's tolerant reading, so an old event with a field since removed still reads.
 */
@Configuration(proxyBeanMethods = false)
public class StrictRequestJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(converter
                        .getObjectMapper()
                        .copy()
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)));
    }
}
