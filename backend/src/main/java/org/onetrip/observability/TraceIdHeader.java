package org.onetrip.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every request with its trace id ({@code X-Trace-Id}), the id its log lines carry: a clerk or a client
 * reporting a problem can quote it, and an operator finds the request's lines, and those of the commands and events
 * it caused, by it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class TraceIdHeader extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var traceId = MDC.get(LogCorrelation.TRACE_ID);
        if (traceId != null) {
            response.setHeader("X-Trace-Id", traceId);
        }
        chain.doFilter(request, response);
    }
}
