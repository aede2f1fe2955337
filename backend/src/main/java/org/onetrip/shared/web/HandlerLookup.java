package org.onetrip.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC finds the handler of a path with a variable ({@code GET /api/public/cases/{receiptCode}}) by
 * trying every mapping's conditions in turn (methods, parameters, headers, media types, then the path): 6 % of
 * the request threads under load with the API's ~150 mappings (docs/benchmarks.md, round 19). Here a mapping is
 * passed over at once when the path does not start with the literal part of any of its patterns, which every
 * path it matches does; what is left is decided by Spring MVC as before.
 */
@Configuration(proxyBeanMethods = false)
public class HandlerLookup implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new PrefixCheckedMapping();
    }

    static final class PrefixCheckedMapping extends RequestMappingHandlerMapping {

        private static final ThreadLocal<String> PLAIN_PATH = new ThreadLocal<>();

        private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

        @Override
        protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
            super.registerHandlerMethod(handler, method, mapping);
            var literal = literalPrefixes(mapping);
            if (literal != null) {
                prefixes.put(mapping, literal);
            }
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            super.unregisterMapping(mapping);
            prefixes.remove(mapping);
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            // decoded segments are what patterns match: an escaped path is left wholly to Spring MVC
            var outer = PLAIN_PATH.get();
            PLAIN_PATH.set(lookupPath.indexOf('%') < 0 ? lookupPath : null);
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                if (outer == null) {
                    PLAIN_PATH.remove();
                } else {
                    PLAIN_PATH.set(outer);
                }
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            var path = PLAIN_PATH.get();
            if (path != null) {
                var literal = prefixes.get(info);
                if (literal != null && !startsWithAny(path, literal)) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        private static boolean startsWithAny(String path, String[] literal) {
            for (var prefix : literal) {
                if (path.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A pattern without variables or wildcards whole (less a trailing separator), any other up to the last
         * separator before its first variable or wildcard ({@code /a/**} matches {@code /a}); null when a pattern
         * could match a path that does not start so.
         */
        private String[] literalPrefixes(RequestMappingInfo mapping) {
            var parser = getPatternParser();
            var condition = mapping.getPathPatternsCondition();
            if (parser == null || !parser.isCaseSensitive() || condition == null) {
                return null;
            }
            var patterns = condition.getPatterns();
            var literal = new String[patterns.size()];
            int i = 0;
            for (PathPattern pattern : patterns) {
                var text = pattern.getPatternString();
                if (text.indexOf('%') >= 0 || (!text.isEmpty() && text.charAt(0) != '/')) {
                    return null;
                }
                int variable = firstOf(text, "{*?");
                literal[i++] = variable == text.length()
                        ? text.substring(0, text.endsWith("/") ? text.length() - 1 : text.length())
                        : text.substring(0, Math.max(0, text.lastIndexOf('/', variable - 1)));
            }
            return literal;
        }

        private static int firstOf(String text, String characters) {
            for (int i = 0; i < text.length(); i++) {
                if (characters.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return text.length();
        }
    }
}
