package org.onetrip.disclosure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onetrip.shared.web.RequestLimitsFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Open311 endpoints get the API's body limit and security headers, with errors in Open311's own
 * format. Chunked form bodies have no declared length; the container's form-size limit bounds those.
 */
@Component
public class Open311RequestFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;
    private final ObjectMapper objectMapper;

    public Open311RequestFilter(
            @Value("${onetrip.api.max-body-bytes:65536}") long maxBodyBytes, ObjectMapper objectMapper) {
        this.maxBodyBytes = maxBodyBytes;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/open311/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestLimitsFilter.markAsData(response);
        if (request.getContentLengthLong() > maxBodyBytes) {
            var errors = List.of(new Open311.Error(413, "the request body is larger than " + maxBodyBytes + " bytes"));
            response.setStatus(413);
            if (Open311Errors.asksForXml(request)) {
                response.setContentType(Open311Xml.TEXT_XML.toString());
                response.getOutputStream()
                        .write(Open311Xml.write(objectMapper, "errors", errors).getBytes(StandardCharsets.UTF_8));
            } else {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                objectMapper.writeValue(response.getOutputStream(), errors);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
