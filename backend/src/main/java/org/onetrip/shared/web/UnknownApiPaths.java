package org.onetrip.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A path under {@code /api} that no endpoint serves is a 404 problem (Open311 answers its own unknown
 * resources in its own error format); without this, Spring MVC handed it on to the Vaadin servlet, which
 * serves every other path, and the portal answered 200 with its start page. It is asked only after the
 * endpoints' own mapping has found nothing for the path, so a path an endpoint serves by another method or
 * media type is answered as Spring MVC answers it (405 with {@code Allow}, 415, 406); {@link ApiErrorsFilter}
 * makes each of these a problem detail.
 */
@Configuration(proxyBeanMethods = false)
public class UnknownApiPaths {

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping() {
        HttpRequestHandler notFound = (request, response) -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        var mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        // ahead of the Vaadin servlet's and the static resources' mappings (both LOWEST_PRECEDENCE - 1)
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 2);
        return mapping;
    }
}
