package org.onetrip.security;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall, with its own rules for header names and values, decided without a regular
 * expression when a name or value is printable ASCII. The firewall checks a header each time it is read, with a
 * pattern of Unicode classes run over every character, and a request with a bearer token reads its 342-character
 * {@code Authorization} header three times (to rule out DPoP, HTTP Basic, then to take the token): 4 % of such a
 * request (docs/benchmarks.md, round 18). Anything beyond ASCII still goes through Spring Security's pattern.
 */
@Configuration(proxyBeanMethods = false)
public class RequestFirewall {

    /** Spring Security's rule for header names: assigned characters that are not control characters. */
    static final Predicate<String> HEADER_NAMES =
            new AsciiFirst(Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*"), false);

    /** Spring Security's rule for header values: the same, and tabs. */
    static final Predicate<String> HEADER_VALUES =
            new AsciiFirst(Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*"), true);

    @Bean
    static HttpFirewall httpFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HEADER_NAMES);
        firewall.setAllowedHeaderValues(HEADER_VALUES);
        return firewall;
    }

    /** Every ASCII character is assigned; of them only C0 and DEL are control characters. */
    private record AsciiFirst(Pattern unicode, boolean tab) implements Predicate<String> {

        @Override
        public boolean test(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    return unicode.matcher(text).matches();
                }
                if ((c < 0x20 && !(tab && c == '\t')) || c == 0x7f) {
                    return false;
                }
            }
            return true;
        }
    }
}
