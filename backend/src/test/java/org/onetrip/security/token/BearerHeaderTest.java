package org.onetrip.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerHeaderTest {

    static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ6aGFuZy5taW4ifQ.c2lnbmF0dXJl-_~+/";

    @Test
    void finds_the_same_token_or_refuses_with_the_same_error_as_spring_security() {
        var headers = new ArrayList<String>(List.of(
                "Bearer " + TOKEN,
                "bearer " + TOKEN,
                "BEARER " + TOKEN,
                "Bearer " + TOKEN + "==",
                "Bearer a",
                "Bearer =",
                "Bearer a=b",
                "Bearer ==",
                "Bearer " + TOKEN + " ",
                "Bearer  " + TOKEN,
                "Bearer\t" + TOKEN,
                "Bearer",
                "Bearer ",
                "Bearerx",
                "Bearer 张敏",
                "Bearer abc!",
                "Bearer abc,def",
                "Basic emhhbmcubWluOm9uZXRyaXAtZGVtbw==",
                "Digest username=x",
                "DPoP " + TOKEN,
                ""));
        for (char c = 0x20; c < 0x7f; c++) {
            headers.add("Bearer ab" + c + "cd");
            headers.add("Bearer abcd" + c);
        }
        var different = new ArrayList<String>();

        for (var header : headers) {
            for (var request : requests(header)) {
                var ours = outcome(new BearerHeader(), request);
                var springs = outcome(new DefaultBearerTokenResolver(), request);
                if (!ours.equals(springs)) {
                    different.add(request.getMethod() + " " + request.getQueryString() + " [" + header + "]: " + ours
                            + " instead of " + springs);
                }
            }
        }

        assertThat(different).isEmpty();
        assertThat(outcome(new BearerHeader(), requests("Bearer " + TOKEN).get(0)))
                .isEqualTo("token " + TOKEN);
    }

    /** The header on a GET, a GET that also names a token in its query, and a form POST that names one. */
    private static List<MockHttpServletRequest> requests(String header) {
        var plain = new MockHttpServletRequest("GET", "/api/staff/search/cases");
        var withQuery = new MockHttpServletRequest("GET", "/api/staff/search/cases");
        withQuery.setQueryString("access_token=abc");
        withQuery.addParameter("access_token", "abc");
        var form = new MockHttpServletRequest("POST", "/api/staff/cases");
        form.setContentType("application/x-www-form-urlencoded");
        form.addParameter("access_token", "abc");
        var requests = List.of(plain, withQuery, form);
        for (var request : requests) {
            request.addHeader("Authorization", header);
        }
        return requests;
    }

    private static String outcome(BearerTokenResolver resolver, MockHttpServletRequest request) {
        try {
            var token = resolver.resolve(request);
            return token == null ? "no token" : "token " + token;
        } catch (RuntimeException refused) {
            return refused.getClass().getSimpleName() + ": " + refused.getMessage();
        }
    }
}
