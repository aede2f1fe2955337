package org.onetrip.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every error of the REST and Open311 API answers a problem detail, whoever raises it. Ahead of Spring
 * Security and Spring MVC, this filter turns {@code sendError} (the firewall's rejection, a path no handler
 * serves, a method not allowed) into a problem detail on the spot, instead of letting the container forward
 * to its error page (which is not under {@code /api}, so it would fall to the portal's sign-in redirect), and
 * turns an exception that escaped every handler into a 500 problem, logged once. What the container refuses
 * before any filter runs is answered by {@link ProblemErrorReportValve}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ApiErrorsFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorsFilter.class);

    private final ObjectMapper objectMapper;

    public ApiErrorsFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/open311/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var answering = new ProblemResponse(response);
        try {
            chain.doFilter(request, answering);
        } catch (IOException | ServletException | RuntimeException e) {
            log.error("unexpected failure behind the API ({} {})", request.getMethod(), request.getRequestURI(), e);
            if (response.isCommitted()) {
                throw e;
            }
            answering.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    private final class ProblemResponse extends HttpServletResponseWrapper {

        ProblemResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            if (isCommitted()) {
                return;
            }
            write(Problems.forStatus(status), status);
        }

        private void write(ProblemDetail problem, int status) throws IOException {
            resetBuffer();
            setStatus(status);
            setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            setCharacterEncoding("UTF-8");
            objectMapper.writeValue(getOutputStream(), problem);
            flushBuffer();
        }
    }
}
