package org.onetrip.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link RateLimits} to reading or rating a case by its code, and to an enterprise reading its
 * requests by its access code. Filing is counted by the filing service itself, once the case is filed
 * ({@code CaseFiling.fileAsPublic}).
 */
@Component
public class PublicRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final ObjectMapper objectMapper;

    public PublicRateLimitFilter(RateLimits limits, ObjectMapper objectMapper) {
        this.limits = limits;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return kind(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var kind = kind(request);
        if (limits.tryAcquire(kind, request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        var wait = limits.retryAfter(kind);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(
                response.getOutputStream(),
                Problems.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        Problems.TOO_MANY_REQUESTS,
                        "Too many requests",
                        "please wait " + wait.toSeconds() + " s and try again"));
    }

    private static RateLimits.Kind kind(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/public/cases/") || path.startsWith("/api/public/enterprise-requests")) {
            return RateLimits.Kind.LOOKUP;
        }
        return null;
    }
}
