package org.onetrip.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class RequestFirewallTest {

    private final StrictHttpFirewall springs = new StrictHttpFirewall();

    @Test
    void header_values_are_judged_exactly_as_spring_security_judges_them() {
        assertThat(differences(RequestFirewall.HEADER_VALUES, this::springAcceptsValue))
                .isEmpty();
        assertThat(RequestFirewall.HEADER_VALUES.test("Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln\t"))
                .isTrue();
        assertThat(RequestFirewall.HEADER_VALUES.test("Bearer abc\u0007")).isFalse();
        assertThat(RequestFirewall.HEADER_VALUES.test("张敏\u0085")).isFalse();
    }

    @Test
    void header_names_are_judged_exactly_as_spring_security_judges_them() {
        assertThat(differences(RequestFirewall.HEADER_NAMES, this::springAcceptsName))
                .isEmpty();
        assertThat(RequestFirewall.HEADER_NAMES.test("X-Request\tId")).isFalse();
    }

    private static List<String> differences(Predicate<String> ours, Predicate<String> springs) {
        var different = new ArrayList<String>();
        for (var text : samples()) {
            if (ours.test(text) != springs.test(text)) {
                different.add(codePoints(text));
            }
        }
        return different;
    }

    /** Every UTF-16 unit alone, between ASCII letters and after a Chinese one, and some code points beyond. */
    private static List<String> samples() {
        var samples = new ArrayList<String>();
        for (int c = 0; c <= 0xFFFF; c++) {
            var unit = String.valueOf((char) c);
            samples.add(unit);
            samples.add("ab" + unit + "cd");
            samples.add("张" + unit);
        }
        for (int codePoint : new int[] {0x1F600, 0x20000, 0xE0001, 0xE0080, 0xF0000, 0x10FFFD, 0x2FFFF}) {
            samples.add("token " + Character.toString(codePoint));
        }
        samples.add("");
        return samples;
    }

    private boolean springAcceptsValue(String value) {
        var request = new MockHttpServletRequest("GET", "/api/public/departments");
        request.addHeader("X-Sample", value);
        try {
            springs.getFirewalledRequest(request).getHeader("X-Sample");
            return true;
        } catch (RequestRejectedException rejected) {
            return false;
        }
    }

    private boolean springAcceptsName(String name) {
        var request = new MockHttpServletRequest("GET", "/api/public/departments");
        try {
            springs.getFirewalledRequest(request).getHeader(name);
            return true;
        } catch (RequestRejectedException rejected) {
            return false;
        }
    }

    private static String codePoints(String text) {
        var hex = new StringBuilder();
        text.codePoints().forEach(c -> hex.append(String.format("U+%04X ", c)));
        return hex.toString().strip();
    }
}
