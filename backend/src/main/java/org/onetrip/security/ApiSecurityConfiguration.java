package org.onetrip.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.security.token.ApiTokenConfiguration;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The REST API's own filter chain, ahead of the portal's. Staff authenticate per request with a bearer token
 * (issued for their password once, {@code POST /api/auth/token}) or with HTTP Basic, and no session; the API
 * never sends a {@code WWW-Authenticate} challenge, so a browser never caches credentials: with no ambient
 * cookie or credential there is nothing for a cross-site request to ride on, which is why CSRF tokens are not
 * asked of API clients. The portal keeps them.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    StaffAccounts staffAccounts(
            StaffAccountRepository accounts, PasswordEncoder passwords, DepartmentDirectory departments) {
        return new StaffAccounts(accounts, passwords, departments);
    }

    @Bean
    StaffIdentity staffIdentity() {
        return new SecurityStaffIdentity();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper, ApiTokenConfiguration tokens)
            throws Exception {
        http.securityMatcher("/api/**", "/open311/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/public/**", "/open311/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/auth/token")
                        .hasAnyRole("INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR", "ADMIN")
                        .requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/audit/**")
                        .hasAnyRole("AUDITOR", "DISCIPLINE", "ADMIN")
                        // personal data (docs/integrity.md): the case checks these roles again
                        .requestMatchers(HttpMethod.GET, "/api/staff/cases/*/contact")
                        .hasAnyRole("INTAKE", "DISCIPLINE")
                        .requestMatchers(HttpMethod.POST, "/api/staff/cases/*/contact/erasure")
                        .hasAnyRole("DISCIPLINE", "ADMIN")
                        .requestMatchers("/api/staff/cases/*/contact/**")
                        .denyAll()
                        .requestMatchers("/api/staff/**")
                        .hasAnyRole("INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR", "ADMIN")
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated(objectMapper)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated(objectMapper))
                        .accessDeniedHandler(forbidden(objectMapper)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentTypeOptions(options -> {}));
        tokens.apply(http, unauthenticated(objectMapper));
        return http.build();
    }

    private static AuthenticationEntryPoint unauthenticated(ObjectMapper objectMapper) {
        return (request, response, exception) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(
                    response.getOutputStream(),
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            Problems.UNAUTHENTICATED,
                            "Unauthenticated",
                            "sign in as staff: a bearer token from POST /api/auth/token, or HTTP Basic"));
        };
    }

    private static AccessDeniedHandler forbidden(ObjectMapper objectMapper) {
        return (request, response, exception) -> {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(
                    response.getOutputStream(),
                    Problems.of(
                            HttpStatus.FORBIDDEN,
                            Problems.FORBIDDEN,
                            "Forbidden",
                            "your role may not use " + request.getRequestURI()));
        };
    }
}
